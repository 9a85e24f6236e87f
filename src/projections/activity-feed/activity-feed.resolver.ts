import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, pageSize } from '../../infrastructure/graphql/connection.graphql';
import { Ctx, type RequestContext } from '../../infrastructure/graphql/request-context';
import { Freshness } from '../runner/freshness';
import { cursorKey } from '../shared/keyset.sql';
import { MinPositionArg } from '../shared/min-position.arg';
import { visibleUnit } from '../shared/read-access';
import { OrgUnitType } from '../unit-tree/unit-tree.graphql';
import { UnitTreeQueries } from '../unit-tree/unit-tree.queries';
import { ActivityFeedConnection, ActivityFeedItemType, ActivityTypeEnum } from './activity-feed.graphql';
import type { ActivityType } from './activity-feed.item';
import { asSeenBy } from './activity-feed.privacy';
import { ActivityFeedQueries } from './activity-feed.queries';

const EMPTY: Connection<ActivityFeedItemType> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** Feed items of the query and of the live subscription alike resolve their `unit` here. */
@Resolver(() => ActivityFeedItemType)
export class ActivityFeedResolver {
  constructor(
    private readonly feed: ActivityFeedQueries,
    private readonly units: UnitTreeQueries,
    private readonly freshness: Freshness,
  ) {}

  @Query(() => ActivityFeedConnection, { description: 'What a unit (and by default its descendants) did, newest first.' })
  async activityFeed(
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('includeDescendants', { type: () => Boolean, defaultValue: true }) includeDescendants: boolean,
    @Args('types', { type: () => [ActivityTypeEnum], nullable: true, description: 'Only these kinds; absent or empty: every kind.' })
    types: ActivityType[] | null,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @MinPositionArg() minPosition: string | null,
    @Ctx() request: RequestContext,
  ): Promise<Connection<ActivityFeedItemType>> {
    const size = pageSize(first);
    const key = cursorKey(after, 1);
    await this.freshness.ensure(minPosition);
    // Unknown and outside the read scope read alike: an empty feed. Below a visible unit, every entry is visible.
    const unit = visibleUnit(request, await this.units.byId(unitId));
    if (!unit) return EMPTY;
    const page = await this.feed.page({ unit, includeDescendants, types: types ?? [], size, after: key });
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: asSeenBy(edge.node, request) })) };
  }

  @ResolveField(() => OrgUnitType, { nullable: true })
  async unit(@Parent() item: ActivityFeedItemType, @Context() context: object, @Ctx() request: RequestContext): Promise<OrgUnitType | null> {
    return visibleUnit(request, await this.units.loader(context).load(item.unitId));
  }
}
