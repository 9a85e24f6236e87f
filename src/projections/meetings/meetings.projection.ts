import type { MeetingRecord, MeetingRecordField } from '../../events/meetings.events';
import type { ProjectedEvent, Projection, Rows, TableSpec } from '../runner/projection';

/** One correction as the meeting detail shows it: what changed, why, who and when. */
export type MeetingCorrectionEntry = {
  readonly reason: string;
  readonly changedFields: readonly MeetingRecordField[];
  readonly actor: string;
  readonly recordedAt: string;
  readonly position: string;
};

export type MeetingRow = { readonly [K in MeetingRecordField]: MeetingRecord[K] } & {
  readonly id: string;
  readonly unitId: string;
  readonly unitPath: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly corrections: readonly MeetingCorrectionEntry[];
};

/** A unit's path, so "a unit and its descendants" works for units that have held no meeting yet. */
export type UnitPathRow = { readonly id: string; readonly path: string };

export const MEETINGS = 'meetings';
export const UNITS = 'units';

// The fields a correction may change; anything else in `changes` is not part of the record.
const RECORD_FIELDS: readonly MeetingRecordField[] = [
  'kind', 'title', 'heldOn', 'startsAt', 'partOfDay', 'timeZone', 'venue', 'chairs', 'attendees', 'agenda', 'summary', 'summaryLanguage',
];

const tables: readonly TableSpec[] = [
  {
    name: MEETINGS,
    columns: [
      { name: 'unitId', type: 'text' },
      { name: 'unitPath', type: 'text' },
      { name: 'kind', type: 'text' },
      { name: 'title', type: 'json' },
      { name: 'heldOn', type: 'text' },
      { name: 'startsAt', type: 'text', nullable: true },
      { name: 'partOfDay', type: 'text', nullable: true },
      { name: 'timeZone', type: 'text' },
      { name: 'venue', type: 'json', nullable: true },
      { name: 'chairs', type: 'json' },
      { name: 'attendees', type: 'json' },
      { name: 'agenda', type: 'json' },
      { name: 'summary', type: 'json', nullable: true },
      { name: 'summaryLanguage', type: 'text', nullable: true },
      { name: 'occurredAt', type: 'text' },
      { name: 'recordedAt', type: 'text' },
      { name: 'recordedBy', type: 'text' },
      { name: 'corrections', type: 'json' },
    ],
    indexes: [['unitPath', 'heldOn'], ['heldOn']],
  },
  { name: UNITS, columns: [{ name: 'path', type: 'text' }] },
];

const recordChanges = (changes: Partial<MeetingRecord>): Partial<MeetingRecord> =>
  Object.fromEntries(RECORD_FIELDS.filter((field) => field in changes).map((field) => [field, changes[field]]));

/** Meetings as recorded, with every correction applied and listed. Rows are read before they are written: that is what makes a replay a no-op. */
export const meetingsProjection: Projection = {
  name: 'meetings',
  version: 1,
  handles: ['OrgUnitEstablished', 'MeetingHeld', 'MeetingRecordCorrected'],
  tables,
  async apply(event: ProjectedEvent, rows: Rows): Promise<void> {
    switch (event.type) {
      case 'OrgUnitEstablished': {
        await rows.get(UNITS, event.data.unitId);
        rows.put<UnitPathRow>(UNITS, { id: event.data.unitId, path: event.data.path });
        return;
      }
      case 'MeetingHeld': {
        const { meetingId, unitId, ...record } = event.data;
        // A meeting stream holds one MeetingHeld; anything else under the same id is not ours to merge.
        if (await rows.get(MEETINGS, meetingId)) return;
        const { unitPath, occurredAt, recordedAt, actor } = event.metadata;
        rows.put<MeetingRow>(MEETINGS, { ...record, id: meetingId, unitId, unitPath, occurredAt, recordedAt, recordedBy: actor, corrections: [] });
        return;
      }
      case 'MeetingRecordCorrected': {
        const row = await rows.get<MeetingRow>(MEETINGS, event.data.meetingId);
        if (!row) return;
        const changes = recordChanges(event.data.changes);
        const { actor, recordedAt, occurredAt } = event.metadata;
        const correction: MeetingCorrectionEntry = {
          reason: event.data.reason,
          changedFields: RECORD_FIELDS.filter((field) => field in changes),
          actor,
          recordedAt,
          position: event.position,
        };
        // The writer dates the correction at the corrected meeting's time, so occurredAt follows a corrected day.
        rows.put<MeetingRow>(MEETINGS, { ...row, ...changes, occurredAt, corrections: [...row.corrections, correction] });
        return;
      }
      default:
        return;
    }
  },
};
