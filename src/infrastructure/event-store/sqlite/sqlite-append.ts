import type Database from 'better-sqlite3';
import type { NewEvent } from '../../../events/envelope';
import { streamCategory } from '../../../events/stream-ids';
import { assertExpectedRevision, replayedAppend, type StoredEventRef } from '../append-rules';
import { ConcurrencyError } from '../event-store.errors';
import type { AppendResult, ExpectedRevision } from '../event-store.port';
import { sealBatch, type StoredEnvelope } from '../integrity/event-seal';
import { prepareSqliteChains } from './sqlite-chains';

export type SqliteAppend = (
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  recordedAt: string,
) => { readonly result: AppendResult; readonly written: boolean };

/**
 * BEGIN IMMEDIATE takes the file's write lock before the checks, so no other
 * connection or process can append between them and the insert, and positions
 * (max + 1) are dense and ordered by commit. The same lock makes the stream's
 * last hash, read here, the one the new events chain on.
 *
 * Whether the batch replays an earlier append is asked only when the append
 * fails: a replay always does, on the revision check (its first attempt moved the
 * stream) or on the unique event id, and stored ids never change, so the answer
 * read after the rollback is the one a read under the lock would have given,
 * without a lookup per event on every append.
 */
export const prepareSqliteAppend = (db: Database.Database): SqliteAppend => {
  const findById = db.prepare<[string], StoredEventRef>(
    'SELECT id, stream_id AS streamId, revision, CAST(position AS TEXT) AS position FROM events WHERE id = ?',
  );
  const chainEnd = prepareSqliteChains(db);
  const head = db.prepare<[], { head: number | null }>('SELECT MAX(position) AS head FROM events');
  const insert = prepareSqliteInsert(db);

  const write = db.transaction(
    (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision, recordedAt: string): AppendResult => {
      const end = chainEnd(streamId);
      assertExpectedRevision(streamId, expected, end.revision);
      const first = (head.get()?.head ?? 0) + 1;
      sealBatch(streamId, events, end, recordedAt).forEach((sealed, index) => insert(first + index, sealed));
      return { nextExpectedRevision: end.revision + events.length, position: String(first + events.length - 1) };
    },
  );
  return (streamId, events, expected, recordedAt) => {
    try {
      return { result: write.immediate(streamId, events, expected, recordedAt), written: true };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) && (error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      const ids = events.map((event) => event.id);
      const replay = replayedAppend(
        streamId,
        ids,
        ids.flatMap((id) => findById.all(id)),
      );
      if (replay) return { result: replay, written: false };
      throw error;
    }
  };
};

/** One row of the events table, from an envelope as it is to be kept. */
export const prepareSqliteInsert = (db: Database.Database) => {
  const insert = db.prepare(
    `INSERT INTO events
       (position, id, stream_id, category, revision, type, schema_version, data, metadata, unit_path, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (position: number, event: StoredEnvelope): void => {
    insert.run(
      position,
      event.id,
      event.streamId,
      streamCategory(event.streamId),
      event.revision,
      event.type,
      event.schemaVersion,
      JSON.stringify(event.data ?? null),
      JSON.stringify(event.metadata),
      event.metadata.unitPath,
      event.metadata.recordedAt,
    );
  };
};
