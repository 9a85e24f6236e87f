import type { RequestContext } from '../../infrastructure/graphql/request-context';
import { mayReadPersonal } from '../shared/read-access';
import { ActivityFeedItemType } from './activity-feed.graphql';
import type { ActivityType, FeedItem } from './activity-feed.item';

/**
 * Entries whose summary names a member (an officer's reads "name — title"): shown
 * only to callers allowed to read personal data where the entry is filed. A
 * record, so a new activity type cannot be added without saying which it is.
 */
const NAMES_A_MEMBER: Readonly<Record<ActivityType, boolean>> = {
  UNIT_ESTABLISHED: false,
  UNIT_RENAMED: false,
  UNIT_DISSOLVED: false,
  MEMBER_JOINED: true,
  MEMBER_TRANSFERRED: true,
  MEMBER_LEFT: true,
  OFFICER_APPOINTED: true,
  OFFICER_RELIEVED: true,
  MEETING_HELD: false,
  MEETING_CORRECTED: false,
  RESOLUTION_ADOPTED: false,
  RESOLUTION_STATUS_CHANGED: false,
  RESOLUTION_RESCINDED: false,
};

export const namesAMember = (type: ActivityType): boolean => NAMES_A_MEMBER[type];

/**
 * An entry as one caller sees it, for the query and the live feed alike. Applied
 * to each item rather than in a field resolver: a burst to many subscribers then
 * costs one small copy per item, not a resolver call per field.
 */
export const asSeenBy = (item: FeedItem | ActivityFeedItemType, request: RequestContext): ActivityFeedItemType => {
  const hidden = namesAMember(item.type) && !mayReadPersonal(request, item.unitPath);
  const seen = item instanceof ActivityFeedItemType ? Object.assign(new ActivityFeedItemType(), item) : ActivityFeedItemType.of(item);
  return Object.assign(seen, { summary: hidden ? null : item.summary, personalDataHidden: hidden });
};
