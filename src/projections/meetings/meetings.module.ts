import { Module } from '@nestjs/common';
import { UnitTreeModule } from '../unit-tree/unit-tree.module';
import { MeetingsReader } from './meetings.reader';
import { MeetingsResolver } from './meetings.resolver';
import { UnitMeetingsResolver } from './unit-meetings.resolver';

/** The meetings read model; resolutions resolve their `meeting` through MeetingsReader. */
@Module({ imports: [UnitTreeModule], providers: [MeetingsReader, MeetingsResolver, UnitMeetingsResolver], exports: [MeetingsReader] })
export class MeetingsReadModule {}
