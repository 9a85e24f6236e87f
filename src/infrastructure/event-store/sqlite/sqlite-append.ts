import type Database from 'better-sqlite3';
import type { NewEvent } from '../../../events/envelope';
import { streamCategory } from '../../../events/stream-ids';
import { assertExpectedRevision, recordedMetadata, replayedAppend, type StoredEventRef } from '../append-rules';
import type { AppendResult, ExpectedRevision } from '../event-store.port';

export type SqliteAppend = (
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  recordedAt: string,
) => { readonly result: AppendResult; readonly written: boolean };

/**
 * BEGIN IMMEDIATE takes the file's write lock before the checks, so no other
 * connection or process can append between them and the insert, and positions
 * (max + 1) are dense and ordered by commit.
 */
export const prepareSqliteAppend = (db: Database.Database): SqliteAppend => {
  const findById = db.prepare<[string], StoredEventRef>(
    'SELECT id, stream_id AS streamId, revision, CAST(position AS TEXT) AS position FROM events WHERE id = ?',
  );
  const streamRevision = db.prepare<[string], { revision: number | null }>(
    'SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?',
  );
  const head = db.prepare<[], { head: number | null }>('SELECT MAX(position) AS head FROM events');
  const insert = db.prepare(
    `INSERT INTO events
       (position, id, stream_id, category, revision, type, schema_version, data, metadata, unit_path, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const write = db.transaction(
    (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision, recordedAt: string) => {
      const ids = events.map((event) => event.id);
      const replay = replayedAppend(
        streamId,
        ids,
        ids.flatMap((id) => findById.all(id)),
      );
      if (replay) return { result: replay, written: false };
      const current = streamRevision.get(streamId)?.revision ?? -1;
      assertExpectedRevision(streamId, expected, current);
      const first = (head.get()?.head ?? 0) + 1;
      const category = streamCategory(streamId);
      events.forEach((event, index) => {
        const metadata = recordedMetadata(event, recordedAt);
        insert.run(
          first + index,
          event.id,
          streamId,
          category,
          current + index + 1,
          event.type,
          event.schemaVersion,
          JSON.stringify(event.data ?? null),
          JSON.stringify(metadata),
          metadata.unitPath,
          recordedAt,
        );
      });
      const position = String(first + events.length - 1);
      return { result: { nextExpectedRevision: current + events.length, position }, written: true };
    },
  );
  return (streamId, events, expected, recordedAt) => write.immediate(streamId, events, expected, recordedAt);
};
