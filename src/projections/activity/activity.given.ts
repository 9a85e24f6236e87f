import type { Attendee, MeetingRecord, Participant } from '../../events/meetings.events';
import type { ResolutionStatus } from '../../events/resolutions.events';
import type { UnitLevel } from '../../events/shared.types';
import type { MemoryRows } from '../runner/memory-rows';
import type { GivenEvent } from '../runner/testing/projection-spec';
import { ACTIVITY_TABLES, type DayRow, FIGURES } from './activity.tables';

/** Event builders for the activity specs: only the facts the projection reads vary. */
export const PATHS = { pam: '/pam', region: '/pam/fes-meknes', province: '/pam/fes-meknes/el-hajeb' } as const;

const at = (unitPath: string, streamId: string) => ({ streamId, metadata: { unitPath } });

export const member = (memberId: string, role: string | null = null): Participant => ({ kind: 'MEMBER', memberId, role });
export const guest = (ar: string): Participant => ({ kind: 'GUEST', name: { ar }, role: null });
export const group = (count: number | null): Attendee => ({ kind: 'GROUP', label: { en: 'local secretaries' }, count });

export const established = (unitId: string, parentId: string | null, path: string, level: UnitLevel): GivenEvent => ({
  type: 'OrgUnitEstablished',
  data: { unitId, parentId, path, level, kind: 'SECRETARIAT', parallel: false, name: { ar: unitId }, shortName: null, territory: null, establishedOn: '2020-01-01' },
  ...at(path, `orgUnit-${unitId}`),
});

const record = (heldOn: string, chairs: readonly Participant[], attendees: readonly Attendee[]): MeetingRecord => ({
  kind: 'ORGANIZATIONAL',
  title: { en: 'Meeting' },
  heldOn,
  startsAt: null,
  partOfDay: 'EVENING',
  timeZone: 'Africa/Casablanca',
  venue: null,
  chairs,
  attendees,
  agenda: [],
  summary: null,
  summaryLanguage: null,
});

export const held = (meetingId: string, unitId: string, path: string, heldOn: string, chairs: Participant[] = [], attendees: Attendee[] = []): GivenEvent => ({
  type: 'MeetingHeld',
  data: { meetingId, unitId, ...record(heldOn, chairs, attendees) },
  ...at(path, `meeting-${meetingId}`),
});

export const corrected = (meetingId: string, unitId: string, path: string, changes: Partial<MeetingRecord>, previous: Partial<MeetingRecord> = {}): GivenEvent => ({
  type: 'MeetingRecordCorrected',
  data: { meetingId, unitId, changes, previous, reason: 'the article was misread' },
  ...at(path, `meeting-${meetingId}`),
});

export const adopted = (resolutionId: string, meetingId: string, unitId: string, path: string, adoptedOn: string): GivenEvent => ({
  type: 'ResolutionAdopted',
  data: { resolutionId, meetingId, unitId, kind: 'DECISION', text: { en: resolutionId }, adoptedOn, dueOn: null },
  ...at(path, `resolution-${resolutionId}`),
});

export const statusChanged = (resolutionId: string, unitId: string, path: string, from: ResolutionStatus, to: ResolutionStatus, changedOn: string): GivenEvent => ({
  type: 'ResolutionStatusChanged',
  data: { resolutionId, unitId, from, to, changedOn, note: null },
  ...at(path, `resolution-${resolutionId}`),
});

export const rescinded = (resolutionId: string, unitId: string, path: string, rescindedOn: string): GivenEvent => ({
  type: 'ResolutionRescinded',
  data: { resolutionId, unitId, rescindedOn, reason: 'superseded' },
  ...at(path, `resolution-${resolutionId}`),
});

export const joined = (memberId: string, unitId: string, path: string, joinedOn: string): GivenEvent => ({
  type: 'MemberJoined',
  data: { memberId, unitId, fullName: { ar: memberId }, honorific: null, joinedOn },
  ...at(path, `member-${memberId}`),
});

export const left = (memberId: string, unitId: string, path: string, leftOn: string): GivenEvent => ({
  type: 'MemberLeft',
  data: { memberId, unitId, reason: 'RESIGNED', note: null, leftOn },
  ...at(path, `member-${memberId}`),
});

export const transferred = (memberId: string, from: [string, string], to: [string, string], transferredOn: string): GivenEvent => ({
  type: 'MemberTransferred',
  data: { memberId, fromUnitId: from[0], fromUnitPath: from[1], toUnitId: to[0], transferredOn, reason: null },
  ...at(to[1], `member-${memberId}`),
});

export const appointed = (memberId: string, unitId: string, path: string, termStart: string): GivenEvent => ({
  type: 'OfficerAppointed',
  data: { unitId, memberId, position: 'SECRETARY_GENERAL', title: null, termStart, termEnd: null },
  ...at(path, `orgUnit-${unitId}`),
});

/** Each day bucket as `unit|day → its non-zero figures`, the shape every assertion reads best in. */
export const buckets = (rows: MemoryRows): Record<string, Record<string, number>> =>
  Object.fromEntries(
    rows.rows<DayRow>('days').map((row) => [row.id, Object.fromEntries(FIGURES.filter((figure) => row[figure] !== 0).map((figure) => [figure, row[figure]]))]),
  );

/** Every table, for comparing one application with two. */
export const allTables = (rows: MemoryRows): Record<string, unknown[]> => Object.fromEntries(ACTIVITY_TABLES.map((table) => [table.name, rows.rows(table.name)]));
