import type { RecordedEvent } from '../../../events/envelope';

export interface EventRow {
  readonly position: number;
  readonly id: string;
  readonly stream_id: string;
  readonly revision: number;
  readonly type: string;
  readonly schema_version: number;
  readonly data: string;
  readonly metadata: string;
}

export const COLUMNS = 'position, id, stream_id, revision, type, schema_version, data, metadata';

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row.id,
  type: row.type,
  schemaVersion: row.schema_version,
  data: JSON.parse(row.data) as unknown,
  streamId: row.stream_id,
  revision: row.revision,
  position: String(row.position),
  metadata: JSON.parse(row.metadata) as RecordedEvent['metadata'],
});
