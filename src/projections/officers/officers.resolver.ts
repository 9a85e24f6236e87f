import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { MemberType } from '../members/members.graphql';
import { MembersQueries } from '../members/members.queries';
import { OrgUnitType } from '../unit-tree/unit-tree.graphql';
import { UnitTreeQueries } from '../unit-tree/unit-tree.queries';
import { OfficerType } from './officers.graphql';
import { OfficersQueries } from './officers.queries';

/** A unit's officers, batched: the officers of a list of units cost one query. */
@Resolver(() => OrgUnitType)
export class UnitOfficersResolver {
  constructor(private readonly queries: OfficersQueries) {}

  @ResolveField(() => [OfficerType], { description: 'Officers currently in post, senior positions first.' })
  async officers(@Parent() unit: OrgUnitType, @Context() context: object): Promise<OfficerType[]> {
    return requestLoader<string, OfficerType[]>(context, 'officers.current', (ids) => this.queries.currentOf(ids)).load(unit.id);
  }

  @ResolveField(() => [OfficerType], { description: 'Every term in this unit, current and past, the latest first.' })
  async officerHistory(@Parent() unit: OrgUnitType, @Context() context: object): Promise<OfficerType[]> {
    return requestLoader<string, OfficerType[]>(context, 'officers.history', (ids) => this.queries.historyOf(ids)).load(unit.id);
  }
}

@Resolver(() => OfficerType)
export class OfficerResolver {
  constructor(
    private readonly members: MembersQueries,
    private readonly units: UnitTreeQueries,
  ) {}

  @ResolveField(() => MemberType, { nullable: true, description: 'The member holding (or who held) the position.' })
  async member(@Parent() officer: OfficerType, @Context() context: object): Promise<MemberType | null> {
    return this.members.loader(context).load(officer.memberId);
  }

  @ResolveField(() => OrgUnitType, { nullable: true })
  async unit(@Parent() officer: OfficerType, @Context() context: object): Promise<OrgUnitType | null> {
    return this.units.loader(context).load(officer.unitId);
  }
}
