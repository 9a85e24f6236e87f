import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { DomainError } from '../../../modules/shared-kernel/domain-error';
import type { RequestContext } from '../../../infrastructure/graphql/request-context';
import { UnitTreeQueries } from '../../unit-tree/unit-tree.queries';
import { ActivityFeedItemType, ActivityTypeEnum } from '../activity-feed.graphql';
import { ACTIVITY_TYPE_OF, type ActivityType } from '../activity-feed.item';
import { asSeenBy } from '../activity-feed.privacy';
import { FeedAccess, unknownUnit } from './feed-access';
import { LiveFeed, type LiveFeedMessage } from './live-feed.service';

const EVENT_TYPES_OF = (types: readonly ActivityType[]): Set<string> =>
  new Set(Object.entries(ACTIVITY_TYPE_OF).filter(([, activity]) => types.includes(activity)).map(([eventType]) => eventType));

@Resolver(() => ActivityFeedItemType)
export class ActivitySubscriptionResolver {
  constructor(
    private readonly feed: LiveFeed,
    private readonly units: UnitTreeQueries,
    private readonly access: FeedAccess,
  ) {}

  @Subscription(() => ActivityFeedItemType, {
    name: 'activity',
    description:
      "A unit's activity as it is recorded. With `after` (an item's position), first everything since that cursor, then live; without it, live from now.",
    resolve: (message: LiveFeedMessage, _args: unknown, context: { requestContext: RequestContext }) => {
      // A feed ends with a coded error as its last message (too slow, cursor too old).
      if (message instanceof DomainError) throw message;
      // Items are shared by every subscriber of an event; each sees its own copy, names withheld as its grants say.
      return asSeenBy(message, context.requestContext);
    },
  })
  async activity(
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('includeDescendants', { type: () => Boolean, defaultValue: true }) includeDescendants: boolean,
    @Args('types', { type: () => [ActivityTypeEnum], nullable: true, description: 'Only these kinds; absent or empty: every kind.' })
    types: ActivityType[] | null,
    @Args('after', { type: () => String, nullable: true, description: 'Resume after this item position.' }) after: string | null,
    @Context('requestContext') requestContext: RequestContext,
  ): Promise<AsyncIterator<LiveFeedMessage>> {
    const unit = await this.units.byId(unitId);
    if (!unit) throw unknownUnit(unitId);
    await this.access.assertCanFollow(requestContext, unit);
    const filter = { unitPath: unit.path, includeDescendants, eventTypes: EVENT_TYPES_OF(types ?? []) };
    return this.feed.subscribe(filter, after ?? null);
  }
}
