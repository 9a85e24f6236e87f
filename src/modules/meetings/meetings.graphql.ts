import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { MEETING_KINDS, PARTS_OF_DAY } from '../../events/meetings.events';
import { LANGUAGES } from '../../events/shared.types';
import { enumOf } from '../../infrastructure/graphql/enum-of';
import { LocalizedTextInput } from '../../infrastructure/graphql/localized-text.graphql';

export const MeetingKindEnum = enumOf(MEETING_KINDS);
export const PartOfDayEnum = enumOf(PARTS_OF_DAY);
export const LanguageEnum = enumOf(LANGUAGES);
registerEnumType(MeetingKindEnum, { name: 'MeetingKind' });
registerEnumType(PartOfDayEnum, { name: 'PartOfDay', description: 'When in the day, for records that give no exact time.' });
registerEnumType(LanguageEnum, { name: 'Language', description: 'ar, fr or en' });

@InputType({ description: 'A chair: exactly one of memberId (a registered member) or guestName.' })
export class ParticipantInput {
  @Field(() => ID, { nullable: true })
  memberId?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true })
  guestName?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'As the record words it, e.g. "Regional Secretary-General".' })
  role?: string | null;
}

@InputType({ description: 'An attendee: exactly one of memberId, guestName or group.' })
export class AttendeeInput {
  @Field(() => ID, { nullable: true })
  memberId?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true })
  guestName?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'For a member or guest only.' })
  role?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'A group attending without names, e.g. "local secretaries".' })
  group?: LocalizedTextInput | null;
  @Field(() => Int, { nullable: true, description: 'For a group only; absent or null when the record does not say.' })
  count?: number | null;
}

@InputType()
export class VenueInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  name?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true })
  locality?: LocalizedTextInput | null;
}
