import type { Instant, Language, LocalDate, LocalizedText } from './shared.types';

export const MEETING_KINDS = ['ORGANIZATIONAL', 'GENERAL_ASSEMBLY', 'CONGRESS', 'COUNCIL', 'BUREAU', 'PUBLIC', 'OTHER'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const PARTS_OF_DAY = ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/** Who chaired or attended: a registered member, or a guest named in the record. */
export type Participant =
  | { readonly kind: 'MEMBER'; readonly memberId: string; readonly role: string | null }
  | { readonly kind: 'GUEST'; readonly name: LocalizedText; readonly role: string | null };

/** A group attended without names; `count` is null when the record says "unknown". */
export interface AttendingGroup {
  readonly kind: 'GROUP';
  readonly label: LocalizedText;
  readonly count: number | null;
}

export type Attendee = Participant | AttendingGroup;

export interface Venue {
  readonly name: LocalizedText | null;
  readonly locality: LocalizedText | null;
}

/** The facts of a meeting record, shared by MeetingHeld and its corrections. */
export interface MeetingRecord {
  readonly kind: MeetingKind;
  readonly title: LocalizedText;
  readonly heldOn: LocalDate;
  readonly startsAt: Instant | null;
  readonly partOfDay: PartOfDay | null;
  readonly timeZone: string;
  readonly venue: Venue | null;
  readonly chairs: readonly Participant[];
  readonly attendees: readonly Attendee[];
  readonly agenda: readonly LocalizedText[];
  readonly summary: LocalizedText | null;
  readonly summaryLanguage: Language | null;
}

export type MeetingRecordField = keyof MeetingRecord;

export interface MeetingHeld {
  readonly type: 'MeetingHeld';
  readonly data: MeetingRecord & {
    readonly meetingId: string;
    readonly unitId: string;
  };
}

export interface MeetingRecordCorrected {
  readonly type: 'MeetingRecordCorrected';
  readonly data: {
    readonly meetingId: string;
    readonly unitId: string;
    /** Only the fields that changed, with their new values. */
    readonly changes: Partial<MeetingRecord>;
    /** The same fields as they were before, so the correction reads on its own. */
    readonly previous: Partial<MeetingRecord>;
    readonly reason: string;
  };
}

export type MeetingEvent = MeetingHeld | MeetingRecordCorrected;
