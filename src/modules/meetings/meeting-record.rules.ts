import type { Attendee, MeetingRecord } from '../../events/meetings.events';
import type { Instant } from '../../events/shared.types';
import { DomainError, validationError } from '../shared-kernel/domain-error';
import { localDateOf } from '../shared-kernel/time.validation';
import type { MemberState } from '../members/members.state';

export type ParticipantList = 'chairs' | 'attendees';
export const PARTICIPANT_LISTS: readonly ParticipantList[] = ['chairs', 'attendees'];

export interface RecordWorld {
  readonly now: Instant;
  /** States of the members the record names, loaded by the handler; a missing id counts as unknown. */
  readonly members: ReadonlyMap<string, MemberState>;
}

/**
 * The rules a whole record obeys, whether new or corrected. `lists` narrows the
 * member check to the lists a correction touched: members are never deleted, so
 * those already on the record were checked when it was written.
 */
export const checkMeetingRecord = (record: MeetingRecord, world: RecordWorld, lists: readonly ParticipantList[] = PARTICIPANT_LISTS): void => {
  assertConsistent(record);
  assertNotInFuture(record, world.now);
  for (const list of lists) assertMembersExist(record[list], list, world.members);
};

const assertConsistent = (record: MeetingRecord): void => {
  if (record.startsAt !== null && localDateOf(record.startsAt, record.timeZone) !== record.heldOn) {
    throw validationError('startsAt', `must fall on heldOn (${record.heldOn}) in ${record.timeZone}`);
  }
  if (record.chairs.length === 0 && record.attendees.length === 0) {
    throw validationError('attendees', 'a meeting needs at least one chair or attendee');
  }
  if (record.summaryLanguage !== null && record.summary?.[record.summaryLanguage] === undefined) {
    throw validationError('summaryLanguage', `names ${record.summaryLanguage}, but the summary has no text in it`);
  }
};

const assertNotInFuture = (record: MeetingRecord, now: Instant): void => {
  const today = localDateOf(now, record.timeZone);
  if (record.heldOn > today) {
    throw new DomainError('MEETING.IN_FUTURE', `heldOn ${record.heldOn} is after today (${today}) in ${record.timeZone}`, 'heldOn');
  }
  if (record.startsAt !== null && Date.parse(record.startsAt) > Date.parse(now)) {
    throw new DomainError('MEETING.IN_FUTURE', `startsAt ${record.startsAt} has not come yet`, 'startsAt');
  }
};

const assertMembersExist = (list: readonly Attendee[], field: ParticipantList, members: ReadonlyMap<string, MemberState>): void => {
  list.forEach((entry, index) => {
    if (entry.kind === 'MEMBER' && (members.get(entry.memberId)?.status ?? 'None') === 'None') {
      throw new DomainError('MEETING.PARTICIPANT_NOT_FOUND', `Member ${entry.memberId} does not exist`, `${field}.${index}.memberId`);
    }
  });
};
