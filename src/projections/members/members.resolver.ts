import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, pageSize } from '../../infrastructure/graphql/connection.graphql';
import { LocalizedTextType } from '../../infrastructure/graphql/localized-text.graphql';
import { Ctx, type RequestContext } from '../../infrastructure/graphql/request-context';
import { Freshness } from '../runner/freshness';
import { cursorKey } from '../shared/keyset.sql';
import { MinPositionArg } from '../shared/min-position.arg';
import { mayReadPersonal, visibleEntity, visibleUnit } from '../shared/read-access';
import { OrgUnitType } from '../unit-tree/unit-tree.graphql';
import { UnitTreeQueries } from '../unit-tree/unit-tree.queries';
import { MemberConnection, MemberStatusEnum, MemberTransferType, MemberType } from './members.graphql';
import type { MemberStatus } from './members.projection';
import { MembersQueries } from './members.queries';

const EMPTY: Connection<MemberType> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/**
 * Members, wherever they are reached (this query, an officer's `member`, a past
 * point). Personal fields resolve here, field by field, so no path to a member
 * can show them to a caller without `readPersonal` where the member is registered.
 */
@Resolver(() => MemberType)
export class MembersResolver {
  constructor(
    private readonly queries: MembersQueries,
    private readonly units: UnitTreeQueries,
    private readonly freshness: Freshness,
  ) {}

  @Query(() => MemberType, { nullable: true, description: 'A member by id, or null when none has that id, or when it is outside what the caller may read.' })
  async member(@Args('id', { type: () => ID }) id: string, @MinPositionArg() minPosition: string | null, @Ctx() request: RequestContext): Promise<MemberType | null> {
    await this.freshness.ensure(minPosition);
    return visibleEntity(request, (await this.queries.byIds([id]))[0]);
  }

  @Query(() => MemberConnection, { description: "A unit's members (with its descendants' by default): the unit's own first, then by unit path." })
  async members(
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('includeDescendants', { type: () => Boolean, defaultValue: true }) includeDescendants: boolean,
    @Args('status', { type: () => MemberStatusEnum, nullable: true }) status: MemberStatus | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100; 20 when absent.' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @MinPositionArg() minPosition: string | null,
    @Ctx() request: RequestContext,
  ): Promise<Connection<MemberType>> {
    const size = pageSize(first);
    const key = cursorKey(after, 2);
    await this.freshness.ensure(minPosition);
    // A unit outside the read scope lists like an unknown one: empty. Below a visible unit, every member is visible.
    const unit = visibleUnit(request, await this.units.byId(unitId));
    if (!unit) return EMPTY;
    return this.queries.page({ unit, includeDescendants, status: status ?? null, size, after: key });
  }

  @ResolveField(() => OrgUnitType, { nullable: true, description: 'The unit the member is registered in now.' })
  async unit(@Parent() member: MemberType, @Context() context: object, @Ctx() request: RequestContext): Promise<OrgUnitType | null> {
    return visibleUnit(request, await this.units.loader(context).load(member.unitId));
  }

  @ResolveField(() => Boolean, { description: 'True when the caller may not read personal data where the member is registered: the personal fields are then null.' })
  personalDataHidden(@Parent() member: MemberType, @Ctx() request: RequestContext): boolean {
    return !mayReadPersonal(request, member.unitPath);
  }

  @ResolveField(() => LocalizedTextType, { nullable: true })
  fullName(@Parent() member: MemberType, @Ctx() request: RequestContext): LocalizedTextType | null {
    return mayReadPersonal(request, member.unitPath) ? member.fullName : null;
  }

  @ResolveField(() => LocalizedTextType, { nullable: true })
  honorific(@Parent() member: MemberType, @Ctx() request: RequestContext): LocalizedTextType | null {
    return mayReadPersonal(request, member.unitPath) ? member.honorific : null;
  }

  @ResolveField(() => [MemberTransferType], { description: 'Moves between units, oldest first; the reasons are personal data.' })
  transfers(@Parent() member: MemberType, @Ctx() request: RequestContext): MemberTransferType[] {
    if (mayReadPersonal(request, member.unitPath)) return member.transfers;
    return member.transfers.map((transfer) => ({ ...transfer, reason: null }));
  }
}
