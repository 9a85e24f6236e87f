import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '../../infrastructure/graphql/request-context';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { MemberType } from '../members/members.graphql';
import { MembersQueries } from '../members/members.queries';
import { visibleEntity, visibleUnit } from '../shared/read-access';
import { inThePast, loaderAt, pointInTimeOf, readerAt } from '../time-travel/point-in-time';
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
    const queries = readerAt(unit, this.queries, (readModels) => new OfficersQueries(readModels));
    const officers = await requestLoader<string, OfficerType[]>(context, loaderAt('officers.current', unit), (ids) => queries.currentOf(ids)).load(unit.id);
    return officers.map((officer) => inThePast(officer, pointInTimeOf(unit)));
  }

  @ResolveField(() => [OfficerType], { description: 'Every term in this unit, current and past, the latest first.' })
  async officerHistory(@Parent() unit: OrgUnitType, @Context() context: object): Promise<OfficerType[]> {
    const queries = readerAt(unit, this.queries, (readModels) => new OfficersQueries(readModels));
    const terms = await requestLoader<string, OfficerType[]>(context, loaderAt('officers.history', unit), (ids) => queries.historyOf(ids)).load(unit.id);
    return terms.map((officer) => inThePast(officer, pointInTimeOf(unit)));
  }
}

@Resolver(() => OfficerType)
export class OfficerResolver {
  constructor(
    private readonly members: MembersQueries,
    private readonly units: UnitTreeQueries,
  ) {}

  @ResolveField(() => MemberType, {
    nullable: true,
    description: 'The member holding (or who held) the position; null when registered outside what the caller may read. Its name shows only to callers allowed to read personal data there.',
  })
  async member(@Parent() officer: OfficerType, @Context() context: object, @Ctx() request: RequestContext): Promise<MemberType | null> {
    const point = pointInTimeOf(officer);
    const member = point ? (await new MembersQueries(point.readModels).byIds([officer.memberId]))[0] : await this.members.loader(context).load(officer.memberId);
    return visibleEntity(request, member);
  }

  @ResolveField(() => OrgUnitType, { nullable: true })
  async unit(@Parent() officer: OfficerType, @Context() context: object, @Ctx() request: RequestContext): Promise<OrgUnitType | null> {
    const point = pointInTimeOf(officer);
    if (!point) return visibleUnit(request, await this.units.loader(context).load(officer.unitId));
    const unit = visibleUnit(request, await new UnitTreeQueries(point.readModels).byId(officer.unitId));
    return unit && inThePast(unit, point);
  }
}
