import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { UnitTreeModule } from '../unit-tree/unit-tree.module';
import { ActivityFeedQueries } from './activity-feed.queries';
import { ActivityFeedResolver } from './activity-feed.resolver';
import { ActivitySubscriptionResolver } from './live/activity.subscription';
import { FeedAccess } from './live/feed-access';
import { LiveFeedLimits } from './live/live-feed.limits';
import { LiveKeys } from './live/live-keys';
import { LiveFeed } from './live/live-feed.service';
import { LogTail } from './live/log-tail';
import { SubjectTexts } from './live/subject-texts';

@Module({
  imports: [UnitTreeModule],
  providers: [
    ActivityFeedQueries,
    ActivityFeedResolver,
    LogTail,
    LiveKeys,
    SubjectTexts,
    LiveFeed,
    FeedAccess,
    ActivitySubscriptionResolver,
    { provide: LiveFeedLimits, inject: [ConfigService], useFactory: LiveFeedLimits.fromConfig },
  ],
  exports: [LogTail],
})
export class ActivityFeedModule {}
