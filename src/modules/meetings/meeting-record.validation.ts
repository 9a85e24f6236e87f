import {
  MEETING_KINDS,
  type MeetingKind,
  type MeetingRecord,
  type MeetingRecordField,
  PARTS_OF_DAY,
  type PartOfDay,
  type Venue,
} from '../../events/meetings.events';
import { LANGUAGES, type Language } from '../../events/shared.types';
import { oneOf } from '../shared-kernel/id.validation';
import { TEXT_LIMITS, localizedText, optionalLocalizedText } from '../shared-kernel/text.validation';
import { localDate, optionalInstant, timeZone } from '../shared-kernel/time.validation';
import { boundedList } from './list.validation';
import { type AttendeeDraft, type ParticipantDraft, validAttendees, validChairs } from './participants.validation';

export const DEFAULT_MEETING_TIME_ZONE = 'Africa/Casablanca';
export const AGENDA_LIMIT = 50;

export interface VenueDraft {
  readonly name?: unknown;
  readonly locality?: unknown;
}

/** A meeting record as a client writes it; every field is checked before it becomes a MeetingRecord. */
export interface MeetingRecordDraft {
  readonly kind: string;
  readonly title: unknown;
  readonly heldOn: string;
  readonly startsAt: string | null;
  readonly partOfDay: string | null;
  /** Null stands for the default zone, Africa/Casablanca. */
  readonly timeZone: string | null;
  readonly venue: VenueDraft | null;
  readonly chairs: readonly ParticipantDraft[] | null;
  readonly attendees: readonly AttendeeDraft[] | null;
  readonly agenda: readonly unknown[] | null;
  readonly summary: unknown;
  readonly summaryLanguage: string | null;
}

type FieldRule<K extends MeetingRecordField> = (value: unknown, field: K) => MeetingRecord[K];

// One rule per field, so recording and correcting a meeting check a field the same way.
const FIELD_RULES: { readonly [K in MeetingRecordField]: FieldRule<K> } = {
  kind: (value, field) => oneOf<MeetingKind>(value, MEETING_KINDS, field),
  title: (value, field) => localizedText(value, field, { max: TEXT_LIMITS.short }),
  heldOn: localDate,
  startsAt: optionalInstant,
  partOfDay: (value, field) => (absent(value) ? null : oneOf<PartOfDay>(value, PARTS_OF_DAY, field)),
  timeZone: (value, field) => timeZone(absent(value) ? DEFAULT_MEETING_TIME_ZONE : value, field),
  venue: (value, field) => validVenue(value, field),
  chairs: validChairs,
  attendees: validAttendees,
  agenda: (value, field) =>
    boundedList(value, field, AGENDA_LIMIT, (item, itemField) => localizedText(item, itemField, { max: TEXT_LIMITS.short })),
  summary: (value, field) => optionalLocalizedText(value, field, { max: TEXT_LIMITS.summary, multiline: true }),
  summaryLanguage: (value, field) => (absent(value) ? null : oneOf<Language>(value, LANGUAGES, field)),
};

const MEETING_RECORD_FIELDS = Object.keys(FIELD_RULES) as MeetingRecordField[];

const validField = <K extends MeetingRecordField>(draft: Partial<Record<MeetingRecordField, unknown>>, field: K): MeetingRecord[K] =>
  FIELD_RULES[field](draft[field], field);

/** Every field of a new record, each error naming its field. Cross-field rules live in meeting-record.rules.ts. */
export const validMeetingRecord = (draft: MeetingRecordDraft): MeetingRecord => ({
  kind: validField(draft, 'kind'),
  title: validField(draft, 'title'),
  heldOn: validField(draft, 'heldOn'),
  startsAt: validField(draft, 'startsAt'),
  partOfDay: validField(draft, 'partOfDay'),
  timeZone: validField(draft, 'timeZone'),
  venue: validField(draft, 'venue'),
  chairs: validField(draft, 'chairs'),
  attendees: validField(draft, 'attendees'),
  agenda: validField(draft, 'agenda'),
  summary: validField(draft, 'summary'),
  summaryLanguage: validField(draft, 'summaryLanguage'),
});

/** Only the fields a correction gives (undefined = untouched, null = cleared), checked like a new record's. */
export const validRecordFields = (draft: Partial<MeetingRecordDraft>): Partial<MeetingRecord> => {
  const fields: Partial<Record<MeetingRecordField, unknown>> = {};
  for (const field of MEETING_RECORD_FIELDS) {
    if (draft[field] !== undefined) fields[field] = validField(draft, field);
  }
  return fields as Partial<MeetingRecord>;
};

const validVenue = (value: unknown, field: string): Venue | null => {
  if (absent(value)) return null;
  const draft = value as VenueDraft;
  const name = optionalLocalizedText(draft.name, `${field}.name`, { max: TEXT_LIMITS.name });
  const locality = optionalLocalizedText(draft.locality, `${field}.locality`, { max: TEXT_LIMITS.name });
  // An empty venue says nothing; storing it would give "no venue" two spellings.
  return name === null && locality === null ? null : { name, locality };
};

const absent = (value: unknown): value is null | undefined => value === undefined || value === null;
