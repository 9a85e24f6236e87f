import { dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch as readPostgresBatch } from '@event-driven-io/emmett-postgresql';
import { getSQLiteEventStore, readMessagesBatch as readSqliteBatch, sqliteConnection } from '@event-driven-io/emmett-sqlite';
import type { NewEvent } from '../../../src/events/envelope';
import type { AppendTarget, Contender, Expected } from '../contender';
import { scratchSchema, scratchSqlite, withSearchPath } from '../scratch';

/**
 * Emmett's own event stores on the same database, with their default settings,
 * writing the same events (our id becomes Emmett's messageId). Emmett numbers a
 * stream from 1, so our revision r is its version r + 1.
 */
const toEmmett = (events: readonly NewEvent[]) =>
  events.map((event) => ({ type: event.type, data: event.data as Record<string, unknown>, metadata: { ...event.metadata, messageId: event.id } }));

const expectedVersion = (expected: Expected) => (expected === -1 ? 'STREAM_DOES_NOT_EXIST' : BigInt(expected + 1));

/** Emmett's SQLite store as configured by a file name alone (its default): a connection per call. */
export const emmettSqlite: Contender = {
  name: 'Emmett',
  open: () => openEmmettSqlite(false),
};

/** The same store given one connection for all calls, which its options allow. */
export const emmettSqliteShared: Contender = {
  name: 'Emmett, one connection',
  open: () => openEmmettSqlite(true),
};

const openEmmettSqlite = async (shared: boolean): Promise<AppendTarget> => {
  const { path, drop } = scratchSqlite();
  const connection = shared ? sqliteConnection({ fileName: path }) : null;
  const store = getSQLiteEventStore({
    fileName: path,
    schema: { autoMigration: 'CreateOrUpdate' },
    ...(connection ? { connectionOptions: { singleton: true as const, connection } } : {}),
  });
  return {
    async append(streamId, events, expected) {
      await store.appendToStream(streamId, toEmmett(events), { expectedStreamVersion: expectedVersion(expected) });
    },
    async readAll(page) {
      const reader = connection ?? sqliteConnection({ fileName: path });
      try {
        let after = 0n;
        let read = 0;
        for (;;) {
          const batch = await readSqliteBatch(reader, { after, batchSize: page });
          read += batch.messages.length;
          if (!batch.areEventsLeft || batch.currentGlobalPosition === null) return read;
          after = batch.currentGlobalPosition;
        }
      } finally {
        if (!connection) reader.close();
      }
    },
    async close() {
      connection?.close();
      drop();
    },
  };
};

export const emmettPostgres: Contender = {
  name: 'Emmett',
  async open() {
    const { schema, drop } = await scratchSchema();
    const connectionString = withSearchPath(schema);
    const store = getPostgreSQLEventStore(connectionString, { schema: { autoMigration: 'CreateOrUpdate' } });
    await store.schema.migrate();
    const reader = dumbo({ connectionString });
    return {
      async append(streamId, events, expected) {
        await store.appendToStream(streamId, toEmmett(events), { expectedStreamVersion: expectedVersion(expected) });
      },
      async readAll(page) {
        let after = 0n;
        let read = 0;
        for (;;) {
          const batch = await readPostgresBatch(reader.execute, { after, batchSize: page });
          read += batch.messages.length;
          if (!batch.areMessagesLeft || batch.currentGlobalPosition === null) return read;
          after = batch.currentGlobalPosition;
        }
      },
      async close() {
        await reader.close();
        await store.close();
        await drop();
      },
    };
  },
};
