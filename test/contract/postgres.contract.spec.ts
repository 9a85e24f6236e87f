import { Pool } from 'pg';
import { DuplicateEventIdError } from '../../src/infrastructure/event-store/event-store.errors';
import type { EventStore } from '../../src/infrastructure/event-store/event-store.port';
import {
  PostgresEventStore,
  type PostgresEventStoreOptions,
} from '../../src/infrastructure/event-store/postgres/postgres-event-store';
import { createTestSchema, describeWithPostgres, TEST_DATABASE_URL } from '../support/postgres';
import { eventStoreContract } from './event-store.contract';
import { anEvent, iteratorOf, takeEvents } from './sections/events.fixture';

describeWithPostgres('PostgreSQL adapter', () => {
  // Pool of 10, so the 8 concurrent writers of the contract really run in parallel.
  eventStoreContract('PostgreSQL', async ({ clock }) => {
    const { schema, drop } = await createTestSchema();
    const open = () => PostgresEventStore.open({ connectionString: TEST_DATABASE_URL, schema, clock, poolSize: 10 });
    const opened: EventStore[] = [await open()];
    return {
      store: opened[0]!,
      reopen: async () => {
        const store = await open();
        opened.push(store);
        return store;
      },
      cleanup: async () => {
        await Promise.all(opened.map((store) => store.close()));
        await drop();
      },
    };
  });

  describe('PostgreSQL specifics', () => {
    let schema: string;
    let drop: () => Promise<void>;
    let admin: Pool;
    const stores: EventStore[] = [];
    const open = async (options: Partial<PostgresEventStoreOptions> = {}): Promise<PostgresEventStore> => {
      const store = await PostgresEventStore.open({ connectionString: TEST_DATABASE_URL, schema, ...options });
      stores.push(store);
      return store;
    };

    beforeEach(async () => {
      ({ schema, drop } = await createTestSchema());
      admin = new Pool({ connectionString: TEST_DATABASE_URL, max: 2 });
    });

    afterEach(async () => {
      await Promise.all(stores.splice(0).map((store) => store.close()));
      await admin.end();
      await drop();
    });

    it('migrates a fresh schema once when several processes start at once', async () => {
      await Promise.all([open(), open(), open()]);

      const { rows } = await admin.query(`SELECT version FROM "${schema}".schema_migrations`);
      expect(rows).toEqual([{ version: 1 }]);
    });

    it('keeps the json text of data and metadata exactly as written', async () => {
      const store = await open();
      const event = anEvent({ data: { z: 1, a: 'الحاجب', nested: { b: [1, 2] } } });
      await store.append('meeting-1', [event], 'noStream');

      const { rows } = await admin.query(
        `SELECT data::text AS data, metadata::text AS metadata FROM "${schema}".events`,
      );
      expect(rows[0].data).toBe(JSON.stringify(event.data));
      expect(JSON.parse(rows[0].metadata)).toMatchObject(event.metadata);
    });

    it('refuses an append that loses a race on an event id to another stream', async () => {
      const store = await open();
      const event = anEvent();
      const blocker = await admin.connect();
      // Holding the head lock lets both appends pass their checks before either inserts.
      await blocker.query('BEGIN');
      await blocker.query(`SELECT position FROM "${schema}".log_head FOR UPDATE`);
      const outcomes = Promise.allSettled([
        store.append('meeting-1', [event], 'noStream'),
        store.append('meeting-2', [event], 'noStream'),
      ]);
      await waitUntil(async () => (await waitingOnLocks(admin, schema)) === 2);
      await blocker.query('COMMIT');
      blocker.release();

      const settled = await outcomes;
      expect(settled.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const rejected = settled.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(DuplicateEventIdError);
      expect(await store.headPosition()).toBe('1');
    });

    it('keeps delivering live events after its listening connection is killed', async () => {
      // Polling so slow that only notifications can deliver within the test.
      const store = await open({ pollMs: 60_000 });
      const iterator = iteratorOf(store.subscribeAll());
      await waitUntil(async () => (await listenerPids(admin, schema)).length === 1);
      const [killed] = await listenerPids(admin, schema);
      await store.append('meeting-1', [anEvent()], 'any');
      await takeEvents(iterator, 1, 2000);

      await admin.query('SELECT pg_terminate_backend($1)', [killed]);
      await store.append('meeting-1', [anEvent()], 'any');
      await takeEvents(iterator, 1, 5000);
      await waitUntil(async () => (await listenerPids(admin, schema)).some((pid) => pid !== killed));
      await store.append('meeting-1', [anEvent()], 'any');
      await takeEvents(iterator, 1, 2000);
    });
  });
});

const listenerPids = async (admin: Pool, schema: string): Promise<number[]> => {
  const { rows } = await admin.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN %'`,
    [`sijill-log-listener:${schema}`],
  );
  return rows.map((row) => row.pid);
};

const waitingOnLocks = async (admin: Pool, schema: string): Promise<number> => {
  const { rows } = await admin.query<{ count: string }>(
    `SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1`,
    [`%"${schema}".log_head%`],
  );
  return Number(rows[0]?.count ?? 0);
};

const waitUntil = async (condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
