import { Module } from '@nestjs/common';
import { ActivityModule } from './activity/activity.module';
import { ActivityFeedModule } from './activity-feed/activity-feed.module';
import { MeetingsReadModule } from './meetings/meetings.module';
import { MembersReadModule } from './members/members.module';
import { OfficersReadModule } from './officers/officers.module';
import { ResolutionsReadModule } from './resolutions/resolutions.module';
import { ProjectionsRuntimeModule } from './runner/projections-runtime.module';
import { SearchModule } from './search/search.module';
import { TimeTravelModule } from './time-travel/time-travel.module';
import { UnitTreeModule } from './unit-tree/unit-tree.module';

/** Every read model's GraphQL module. */
@Module({
  imports: [ActivityModule, MeetingsReadModule, ProjectionsRuntimeModule, TimeTravelModule, ResolutionsReadModule, UnitTreeModule, MembersReadModule, OfficersReadModule, ActivityFeedModule, SearchModule],
})
export class ReadSideModule {}
