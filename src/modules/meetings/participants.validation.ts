import type { Attendee, Participant } from '../../events/meetings.events';
import { validationError } from '../shared-kernel/domain-error';
import { entityId } from '../shared-kernel/id.validation';
import { TEXT_LIMITS, localizedText, optionalText } from '../shared-kernel/text.validation';
import { boundedList } from './list.validation';

/** A chair as a client writes it: exactly one of memberId or guestName. */
export interface ParticipantDraft {
  readonly memberId?: string | null;
  readonly guestName?: unknown;
  readonly role?: string | null;
}

/** An attendee: exactly one of memberId, guestName or group; only a group has a count. */
export interface AttendeeDraft extends ParticipantDraft {
  readonly group?: unknown;
  readonly count?: number | null;
}

export const PARTICIPANT_LIMITS = { chairs: 20, attendees: 500 } as const;
// Larger than any gathering a unit records; a bigger number is a typo.
const MAX_GROUP_COUNT = 1_000_000;

type Source = 'memberId' | 'guestName' | 'group';

export const validChairs = (value: unknown, field: string): readonly Participant[] =>
  distinctMembers(boundedList(value, field, PARTICIPANT_LIMITS.chairs, chair), field);

export const validAttendees = (value: unknown, field: string): readonly Attendee[] =>
  distinctMembers(boundedList(value, field, PARTICIPANT_LIMITS.attendees, attendee), field);

/**
 * The member ids a draft names, for the handler to load. Entries past the list
 * bounds are left out: decide rejects such a list before it looks at members.
 */
export const namedMemberIds = (
  chairs: readonly ParticipantDraft[] | null | undefined,
  attendees: readonly AttendeeDraft[] | null | undefined,
): string[] => {
  const named = [...(chairs ?? []).slice(0, PARTICIPANT_LIMITS.chairs), ...(attendees ?? []).slice(0, PARTICIPANT_LIMITS.attendees)]
    .map((draft) => draft?.memberId)
    .filter((id): id is string => typeof id === 'string');
  return [...new Set(named)];
};

const chair = (value: unknown, field: string): Participant => {
  const draft = draftObject<ParticipantDraft>(value, field);
  return participant(draft, field, exactlyOne(draft, ['memberId', 'guestName'], field));
};

const attendee = (value: unknown, field: string): Attendee => {
  const draft = draftObject<AttendeeDraft>(value, field);
  const source = exactlyOne(draft, ['memberId', 'guestName', 'group'], field);
  if (source !== 'group') {
    if (present(draft.count)) throw validationError(`${field}.count`, 'only a group carries a count');
    return participant(draft, field, source);
  }
  if (present(draft.role)) throw validationError(`${field}.role`, 'a group has no role; say it in the group label');
  return {
    kind: 'GROUP',
    label: localizedText(draft.group, `${field}.group`, { max: TEXT_LIMITS.name }),
    count: groupCount(draft.count, `${field}.count`),
  };
};

const participant = (draft: ParticipantDraft, field: string, source: Source): Participant => {
  const role = optionalText(draft.role, `${field}.role`, { max: TEXT_LIMITS.name });
  return source === 'memberId'
    ? { kind: 'MEMBER', memberId: entityId(draft.memberId, `${field}.memberId`), role }
    : { kind: 'GUEST', name: localizedText(draft.guestName, `${field}.guestName`, { max: TEXT_LIMITS.name }), role };
};

/** Null means the record does not say how many came, which is not the same as none. */
const groupCount = (value: unknown, field: string): number | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_GROUP_COUNT) {
    throw validationError(field, `must be a whole number from 0 to ${MAX_GROUP_COUNT}, or absent when unknown`);
  }
  return value;
};

const exactlyOne = <K extends Source>(draft: Partial<Record<Source, unknown>>, sources: readonly K[], field: string): K => {
  const given = sources.filter((source) => present(draft[source]));
  if (given.length !== 1 || given[0] === undefined) throw validationError(field, `must give exactly one of ${sources.join(', ')}`);
  return given[0];
};

const draftObject = <T>(value: unknown, field: string): T => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw validationError(field, 'must be an object');
  return value as T;
};

const present = (value: unknown): boolean => value !== undefined && value !== null;

/** A member listed twice in one list is a slip of the pen, not two people. */
const distinctMembers = <T extends Attendee>(list: readonly T[], field: string): readonly T[] => {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (entry.kind !== 'MEMBER') return;
    if (seen.has(entry.memberId)) throw validationError(`${field}.${index}.memberId`, `lists member ${entry.memberId} twice`);
    seen.add(entry.memberId);
  });
  return list;
};
