import type { ActivityEvent, ActivityEventType, DomainEvent } from '../../events/registry';
import type { LocalizedText } from '../../events/shared.types';
import type { ProjectedEvent } from '../runner/projection';

export const ACTIVITY_TYPES = [
  'UNIT_ESTABLISHED',
  'UNIT_RENAMED',
  'UNIT_DISSOLVED',
  'MEMBER_JOINED',
  'MEMBER_TRANSFERRED',
  'MEMBER_LEFT',
  'OFFICER_APPOINTED',
  'OFFICER_RELIEVED',
  'MEETING_HELD',
  'MEETING_CORRECTED',
  'RESOLUTION_ADOPTED',
  'RESOLUTION_STATUS_CHANGED',
  'RESOLUTION_RESCINDED',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Every activity event has a feed type: the feed's type names are what a dashboard filters on. */
export const ACTIVITY_TYPE_OF: Readonly<Record<ActivityEventType, ActivityType>> = {
  OrgUnitEstablished: 'UNIT_ESTABLISHED',
  OrgUnitRenamed: 'UNIT_RENAMED',
  OrgUnitDissolved: 'UNIT_DISSOLVED',
  MemberJoined: 'MEMBER_JOINED',
  MemberTransferred: 'MEMBER_TRANSFERRED',
  MemberLeft: 'MEMBER_LEFT',
  OfficerAppointed: 'OFFICER_APPOINTED',
  OfficerRelieved: 'OFFICER_RELIEVED',
  MeetingHeld: 'MEETING_HELD',
  MeetingRecordCorrected: 'MEETING_CORRECTED',
  ResolutionAdopted: 'RESOLUTION_ADOPTED',
  ResolutionStatusChanged: 'RESOLUTION_STATUS_CHANGED',
  ResolutionRescinded: 'RESOLUTION_RESCINDED',
};

export interface FeedItem {
  /** The event's id. */
  readonly id: string;
  readonly position: string;
  /** Sorts like the log: see positionKey. */
  readonly positionKey: string;
  readonly type: ActivityType;
  readonly unitId: string;
  readonly unitPath: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly streamId: string;
  /** The unit, member (officer events included), meeting or resolution the entry is about. */
  readonly subjectId: string;
  readonly summary: LocalizedText;
}

export interface Subject {
  readonly kind: 'unit' | 'member' | 'meeting' | 'resolution';
  readonly id: string;
}

const SUMMARY_LENGTH = 120;

/**
 * A text key that orders entries as the log does. The SQLite and PostgreSQL stores
 * give decimal positions, left-padded to 20 digits so text order is numeric order;
 * a store with another cursor shape falls back to recordedAt then event id, which
 * follows the log as closely as its clock does.
 */
export const positionKey = (position: string, recordedAt: string, id: string): string =>
  /^\d{1,20}$/.test(position) ? position.padStart(20, '0') : `${recordedAt}|${id}`;

export const subjectOf = (event: ActivityEvent): Subject => {
  switch (event.type) {
    case 'OrgUnitEstablished':
    case 'OrgUnitRenamed':
    case 'OrgUnitDissolved':
      return { kind: 'unit', id: event.data.unitId };
    case 'MemberJoined':
    case 'MemberTransferred':
    case 'MemberLeft':
    case 'OfficerAppointed':
    case 'OfficerRelieved':
      return { kind: 'member', id: event.data.memberId };
    case 'MeetingHeld':
    case 'MeetingRecordCorrected':
      return { kind: 'meeting', id: event.data.meetingId };
    case 'ResolutionAdopted':
    case 'ResolutionStatusChanged':
    case 'ResolutionRescinded':
      return { kind: 'resolution', id: event.data.resolutionId };
    default: {
      const never: never = event;
      throw new Error(`No subject for ${(never as ActivityEvent).type}`);
    }
  }
};

/** The name, title or text an event gives its subject, for later events that only carry ids. */
export const subjectTextOf = (event: DomainEvent): LocalizedText | null => {
  switch (event.type) {
    case 'OrgUnitEstablished':
    case 'OrgUnitRenamed':
      return event.data.name;
    case 'MemberJoined':
      return readable(event.data.fullName);
    case 'MeetingHeld':
      return event.data.title;
    case 'MeetingRecordCorrected':
      return event.data.changes.title ?? null;
    case 'ResolutionAdopted':
      return truncated(event.data.text);
    default:
      return null;
  }
};

/**
 * The feed entry of one event. Pure: `known` is what earlier events said of the
 * subject (a member's name, a resolution's text); without it the summary falls back to the id.
 */
export const feedItemOf = (event: ProjectedEvent<ActivityEvent>, known: LocalizedText | null = null): FeedItem => {
  const subject = subjectOf(event);
  const { id, position, streamId, metadata } = event;
  return {
    id,
    position,
    positionKey: positionKey(position, metadata.recordedAt, id),
    type: ACTIVITY_TYPE_OF[event.type],
    unitId: unitIdOf(event),
    unitPath: metadata.unitPath,
    occurredAt: metadata.occurredAt,
    recordedAt: metadata.recordedAt,
    actor: metadata.actor,
    streamId,
    subjectId: subject.id,
    summary: summaryOf(event, known) ?? { en: subject.id },
  };
};

const summaryOf = (event: ActivityEvent, known: LocalizedText | null): LocalizedText | null => {
  if (event.type === 'OfficerAppointed') return joined(known, event.data.title) ?? { en: event.data.position };
  if (event.type === 'OfficerRelieved') return known ?? { en: event.data.position };
  return subjectTextOf(event) ?? known;
};

/**
 * The summary of an entry about a member as it reads without their personal data:
 * what an entry that showed their name turns into once it is erased.
 */
export const summaryWithoutPersonalData = (event: ActivityEvent): LocalizedText =>
  (event.type === 'MemberJoined' ? null : summaryOf(event, null)) ?? { en: subjectOf(event).id };

/** An erased text reads as `{}`: no language left, as good as none. */
export const readable = (text: LocalizedText | null | undefined): LocalizedText | null => (text && Object.keys(text).length > 0 ? text : null);

/** The unit the activity belongs to: a transfer counts for the unit the member moved to. */
const unitIdOf = (event: ActivityEvent): string => (event.type === 'MemberTransferred' ? event.data.toUnitId : event.data.unitId);

/** "name — title" in every language either is given in. */
const joined = (name: LocalizedText | null, title: LocalizedText | null): LocalizedText | null => {
  const languages = new Set([...Object.keys(name ?? {}), ...Object.keys(title ?? {})]) as Set<keyof LocalizedText>;
  if (languages.size === 0) return null;
  return Object.fromEntries([...languages].map((language) => [language, [name?.[language], title?.[language]].filter(Boolean).join(' — ')]));
};

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** At most SUMMARY_LENGTH characters per language, counted as graphemes so a letter keeps its marks. */
export const truncated = (text: LocalizedText): LocalizedText =>
  Object.fromEntries(Object.entries(text).map(([language, value]) => [language, truncatedText((value ?? '').trim())]));

const truncatedText = (value: string): string => {
  // No more UTF-16 units than the limit means no more graphemes either: nothing to cut.
  if (value.length <= SUMMARY_LENGTH) return value;
  let kept = '';
  let count = 0;
  // Segmented only as far as the cut, not the whole of a long text.
  for (const { segment } of graphemes.segment(value)) {
    if (++count > SUMMARY_LENGTH) return `${kept.trimEnd()}…`;
    if (count < SUMMARY_LENGTH) kept += segment;
  }
  return value;
};
