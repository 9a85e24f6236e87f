import type { MeetingRecord, MeetingRecordField } from '../../../events/meetings.events';

export interface RecordDiff {
  readonly changes: Partial<MeetingRecord>;
  readonly previous: Partial<MeetingRecord>;
}

/** The proposed fields that really differ from the record, beside their values before. */
export const recordDiff = (current: MeetingRecord, proposed: Partial<MeetingRecord>): RecordDiff => {
  const changes: Partial<Record<MeetingRecordField, unknown>> = {};
  const previous: Partial<Record<MeetingRecordField, unknown>> = {};
  for (const field of Object.keys(proposed) as MeetingRecordField[]) {
    if (canonical(proposed[field]) === canonical(current[field])) continue;
    changes[field] = proposed[field];
    previous[field] = current[field];
  }
  return { changes: changes as Partial<MeetingRecord>, previous: previous as Partial<MeetingRecord> };
};

// Records are plain JSON data; sorting keys makes `{ en, ar }` equal `{ ar, en }`, while list order still counts.
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
