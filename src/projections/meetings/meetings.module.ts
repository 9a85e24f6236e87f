import { Module } from '@nestjs/common';
import { UnitTreeModule } from '../unit-tree/unit-tree.module';
import { MeetingsReader } from './meetings.reader';
import { MeetingsResolver } from './meetings.resolver';

/** The meetings read model; resolutions resolve their `meeting` through MeetingsReader. */
@Module({ imports: [UnitTreeModule], providers: [MeetingsReader, MeetingsResolver], exports: [MeetingsReader] })
export class MeetingsReadModule {}
