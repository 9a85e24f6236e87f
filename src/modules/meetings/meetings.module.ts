import { Module } from '@nestjs/common';
import { CorrectMeetingRecordHandler } from './correct-meeting-record/correct-meeting-record.handler';
import { CorrectMeetingRecordResolver } from './correct-meeting-record/correct-meeting-record.resolver';
import { RecordMeetingHandler } from './record-meeting/record-meeting.handler';
import { RecordMeetingResolver } from './record-meeting/record-meeting.resolver';

@Module({
  providers: [RecordMeetingHandler, RecordMeetingResolver, CorrectMeetingRecordHandler, CorrectMeetingRecordResolver],
})
export class MeetingsModule {}
