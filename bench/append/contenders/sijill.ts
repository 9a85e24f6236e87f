import type { EventStore } from '../../../src/infrastructure/event-store/event-store.port';
import { PostgresEventStore } from '../../../src/infrastructure/event-store/postgres/postgres-event-store';
import { SqliteEventStore } from '../../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import type { AppendTarget, Contender } from '../contender';
import { BENCH_DATABASE_URL, scratchSchema, scratchSqlite } from '../scratch';

/** Our adapters through the EventStore port, as the command runner calls them. */
const targetOf = (store: EventStore, drop: () => void | Promise<void>): AppendTarget => ({
  async append(streamId, events, expected) {
    await store.append(streamId, events, expected === -1 ? 'noStream' : expected);
  },
  async readAll(page) {
    let after: string | null = null;
    let read = 0;
    for (;;) {
      const result = await store.readAll({ after, limit: page });
      read += result.events.length;
      if (result.isEnd) return read;
      after = result.nextCursor;
    }
  },
  async close() {
    await store.close();
    await drop();
  },
});

export const sijillSqlite: Contender = {
  name: 'Sijill',
  async open() {
    const { path, drop } = scratchSqlite();
    return targetOf(new SqliteEventStore({ path }), drop);
  },
};

export const sijillPostgres: Contender = {
  name: 'Sijill',
  async open() {
    const { schema, drop } = await scratchSchema();
    return targetOf(await PostgresEventStore.open({ connectionString: BENCH_DATABASE_URL, schema }), drop);
  },
};
