import Database from 'better-sqlite3';
import type { NewEvent } from '../../../src/events/envelope';
import { streamCategory } from '../../../src/events/stream-ids';
import { migrateSqlite } from '../../../src/infrastructure/event-store/sqlite/sqlite-migrations';
import type { EventRow } from '../../../src/infrastructure/event-store/sqlite/sqlite-rows';
import { UNSEALED } from '../bench-events';
import type { Contender, Expected } from '../contender';
import { scratchSqlite } from '../scratch';

/**
 * better-sqlite3 on its own: our table (same migration), the same pragmas, and per
 * append what a correct append needs and no more: BEGIN IMMEDIATE, the stream's
 * last revision checked, the next positions, one INSERT per row, COMMIT.
 */
export const rawSqlite: Contender = {
  name: 'raw driver',
  async open() {
    const { path, drop } = scratchSqlite();
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    migrateSqlite(db);
    const revision = db.prepare<[string], number>('SELECT revision FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').pluck();
    const head = db.prepare<[], number | null>('SELECT MAX(position) FROM events').pluck();
    const insert = db.prepare(
      `INSERT INTO events (position, id, stream_id, category, revision, type, schema_version, data, metadata, unit_path, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const write = db.transaction((streamId: string, events: readonly NewEvent[], expected: Expected) => {
      const current = revision.get(streamId) ?? -1;
      if (current !== expected) throw new Error(`${streamId} is at ${current}, not ${expected}`);
      const first = (head.get() ?? 0) + 1;
      const recordedAt = new Date().toISOString();
      const category = streamCategory(streamId);
      events.forEach((event, index) => {
        const metadata = JSON.stringify({ ...event.metadata, recordedAt, ...UNSEALED });
        insert.run(first + index, event.id, streamId, category, current + 1 + index, event.type, event.schemaVersion,
          JSON.stringify(event.data), metadata, event.metadata.unitPath, recordedAt);
      });
    });
    const page = db.prepare<[number, number], EventRow>(
      'SELECT position, id, stream_id, revision, type, schema_version, data, metadata FROM events WHERE position > ? ORDER BY position LIMIT ?',
    );
    return {
      async append(streamId, events, expected) {
        write.immediate(streamId, events, expected);
      },
      async readAll(size) {
        let after = 0;
        let read = 0;
        for (;;) {
          const rows = page.all(after, size).map(parsed);
          read += rows.length;
          if (rows.length < size) return read;
          after = rows[rows.length - 1]!.position;
        }
      },
      async close() {
        db.close();
        drop();
      },
    };
  },
};

const parsed = (row: EventRow) => ({ ...row, data: JSON.parse(row.data) as unknown, metadata: JSON.parse(row.metadata) as unknown });
