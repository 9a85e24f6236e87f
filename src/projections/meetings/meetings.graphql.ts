import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Attendee, MeetingKind, MeetingRecordField, PartOfDay } from '../../events/meetings.events';
import type { Language } from '../../events/shared.types';
import { connectionOf } from '../../infrastructure/graphql/connection.graphql';
import { enumOf } from '../../infrastructure/graphql/enum-of';
import { LocalizedTextType } from '../../infrastructure/graphql/localized-text.graphql';
import { LanguageEnum, MeetingKindEnum, PartOfDayEnum } from '../../modules/meetings/meetings.graphql';
import type { MeetingRow } from './meetings.projection';

export const ParticipantKindEnum = enumOf(['MEMBER', 'GUEST', 'GROUP'] as const);
registerEnumType(ParticipantKindEnum, {
  name: 'MeetingParticipantKind',
  description: 'MEMBER: a registered member (memberId); GUEST: a named guest (name); GROUP: a group attending without names (label, count).',
});

@ObjectType('MeetingParticipant', { description: 'A chair or an attendee; which fields are set depends on kind.' })
export class MeetingParticipantType {
  @Field(() => ParticipantKindEnum)
  kind!: 'MEMBER' | 'GUEST' | 'GROUP';
  @Field(() => ID, { nullable: true })
  memberId!: string | null;
  @Field(() => LocalizedTextType, { nullable: true, description: "A guest's name." })
  name!: LocalizedTextType | null;
  @Field(() => String, { nullable: true, description: 'As the record words it, e.g. "Regional Secretary-General".' })
  role!: string | null;
  @Field(() => LocalizedTextType, { nullable: true, description: "A group's label, e.g. local secretaries." })
  label!: LocalizedTextType | null;
  @Field(() => Int, { nullable: true, description: 'How many a group counted; null when the record does not say.' })
  count!: number | null;
}

@ObjectType('MeetingVenue')
export class MeetingVenueType {
  @Field(() => LocalizedTextType, { nullable: true })
  name!: LocalizedTextType | null;
  @Field(() => LocalizedTextType, { nullable: true })
  locality!: LocalizedTextType | null;
}

@ObjectType('MeetingCorrection', { description: 'A correction applied to the record: history is never edited, it is corrected.' })
export class MeetingCorrectionType {
  @Field(() => String)
  reason!: string;
  @Field(() => [String], { description: 'Names of the record fields the correction changed.' })
  changedFields!: MeetingRecordField[];
  @Field(() => String, { description: 'Who recorded the correction.' })
  actor!: string;
  @Field(() => String)
  recordedAt!: string;
  @Field(() => String, { description: 'The correction event in the log; an opaque cursor.' })
  position!: string;
}

@ObjectType('Meeting', { description: 'A meeting as recorded, with every correction applied.' })
export class MeetingType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  unitId!: string;
  @Field(() => String, { description: 'The holding unit, e.g. /pam/fes-meknes/el-hajeb.' })
  unitPath!: string;
  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;
  @Field(() => LocalizedTextType)
  title!: LocalizedTextType;
  @Field(() => String, { description: 'YYYY-MM-DD in the meeting time zone.' })
  heldOn!: string;
  @Field(() => String, { nullable: true })
  startsAt!: string | null;
  @Field(() => PartOfDayEnum, { nullable: true })
  partOfDay!: PartOfDay | null;
  @Field(() => String)
  timeZone!: string;
  @Field(() => MeetingVenueType, { nullable: true })
  venue!: MeetingVenueType | null;
  @Field(() => [MeetingParticipantType])
  chairs!: MeetingParticipantType[];
  @Field(() => [MeetingParticipantType])
  attendees!: MeetingParticipantType[];
  @Field(() => [LocalizedTextType])
  agenda!: LocalizedTextType[];
  @Field(() => LocalizedTextType, { nullable: true, description: 'Byte for byte as recorded.' })
  summary!: LocalizedTextType | null;
  @Field(() => LanguageEnum, { nullable: true })
  summaryLanguage!: Language | null;
  @Field(() => String, { description: 'When it happened in the world: its start, or noon of its day.' })
  occurredAt!: string;
  @Field(() => String)
  recordedAt!: string;
  @Field(() => String, { description: 'Who recorded the meeting.' })
  recordedBy!: string;
  @Field(() => [MeetingCorrectionType], { description: 'Oldest first.' })
  corrections!: MeetingCorrectionType[];
}

export const MeetingConnection = connectionOf(MeetingType, 'Meeting');

const participant = (attendee: Attendee): MeetingParticipantType => ({
  kind: attendee.kind,
  memberId: attendee.kind === 'MEMBER' ? attendee.memberId : null,
  name: attendee.kind === 'GUEST' ? attendee.name : null,
  role: attendee.kind === 'GROUP' ? null : attendee.role,
  label: attendee.kind === 'GROUP' ? attendee.label : null,
  count: attendee.kind === 'GROUP' ? attendee.count : null,
});

export const toMeeting = (row: MeetingRow): MeetingType => ({
  ...row,
  venue: row.venue ? { name: row.venue.name, locality: row.venue.locality } : null,
  chairs: row.chairs.map(participant),
  attendees: row.attendees.map(participant),
  agenda: [...row.agenda],
  corrections: row.corrections.map((correction) => ({ ...correction, changedFields: [...correction.changedFields] })),
});
