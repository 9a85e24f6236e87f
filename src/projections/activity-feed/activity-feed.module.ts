import { Module } from '@nestjs/common';
import { UnitTreeModule } from '../unit-tree/unit-tree.module';
import { ActivityFeedQueries } from './activity-feed.queries';
import { ActivityFeedResolver } from './activity-feed.resolver';

@Module({ imports: [UnitTreeModule], providers: [ActivityFeedQueries, ActivityFeedResolver] })
export class ActivityFeedModule {}
