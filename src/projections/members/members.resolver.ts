import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, pageSize } from '../../infrastructure/graphql/connection.graphql';
import { Freshness } from '../runner/freshness';
import { cursorKey } from '../shared/keyset.sql';
import { MinPositionArg } from '../shared/min-position.arg';
import { OrgUnitType } from '../unit-tree/unit-tree.graphql';
import { UnitTreeQueries } from '../unit-tree/unit-tree.queries';
import { MemberConnection, MemberStatusEnum, MemberType } from './members.graphql';
import type { MemberStatus } from './members.projection';
import { MembersQueries } from './members.queries';

@Resolver(() => MemberType)
export class MembersResolver {
  constructor(
    private readonly queries: MembersQueries,
    private readonly units: UnitTreeQueries,
    private readonly freshness: Freshness,
  ) {}

  @Query(() => MemberType, { nullable: true, description: 'A member by id, or null when none has that id.' })
  async member(@Args('id', { type: () => ID }) id: string, @MinPositionArg() minPosition: string | null): Promise<MemberType | null> {
    await this.freshness.ensure(minPosition);
    return (await this.queries.byIds([id]))[0] ?? null;
  }

  @Query(() => MemberConnection, { description: "A unit's members (with its descendants' by default): the unit's own first, then by unit path." })
  async members(
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('includeDescendants', { type: () => Boolean, defaultValue: true }) includeDescendants: boolean,
    @Args('status', { type: () => MemberStatusEnum, nullable: true }) status: MemberStatus | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100; 20 when absent.' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @MinPositionArg() minPosition: string | null,
  ): Promise<Connection<MemberType>> {
    const size = pageSize(first);
    const key = cursorKey(after, 2);
    await this.freshness.ensure(minPosition);
    const unit = await this.units.byId(unitId);
    if (!unit) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    return this.queries.page({ unit, includeDescendants, status: status ?? null, size, after: key });
  }

  @ResolveField(() => OrgUnitType, { nullable: true, description: 'The unit the member is registered in now.' })
  async unit(@Parent() member: MemberType, @Context() context: object): Promise<OrgUnitType | null> {
    return this.units.loader(context).load(member.unitId);
  }
}
