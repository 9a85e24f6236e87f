import { activityProjection } from './activity/activity.projection';
import { activityFeedProjection } from './activity-feed/activity-feed.projection';
import { meetingsProjection } from './meetings/meetings.projection';
import { membersProjection } from './members/members.projection';
import { officersProjection } from './officers/officers.projection';
import { resolutionsProjection } from './resolutions/resolutions.projection';
import type { Projection } from './runner/projection';
import { searchProjection } from './search/search.projection';
import { unitTreeProjection } from './unit-tree/unit-tree.projection';

/** Every read model the service keeps; the runner folds the log into each. */
export const PROJECTIONS: readonly Projection[] = [activityProjection, meetingsProjection, resolutionsProjection, unitTreeProjection, membersProjection, officersProjection, activityFeedProjection, searchProjection];
