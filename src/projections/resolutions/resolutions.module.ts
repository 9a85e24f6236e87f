import { Module } from '@nestjs/common';
import { MeetingsReadModule } from '../meetings/meetings.module';
import { UnitTreeModule } from '../unit-tree/unit-tree.module';
import { MeetingResolutionsResolver } from './meeting-resolutions.resolver';
import { ResolutionsReader } from './resolutions.reader';
import { ResolutionsResolver } from './resolutions.resolver';
import { UnitResolutionsResolver } from './unit-resolutions.resolver';

/** The resolutions read model, and the `resolutions` field of a Meeting. */
@Module({
  imports: [MeetingsReadModule, UnitTreeModule],
  providers: [ResolutionsReader, ResolutionsResolver, MeetingResolutionsResolver, UnitResolutionsResolver],
  exports: [ResolutionsReader],
})
export class ResolutionsReadModule {}
