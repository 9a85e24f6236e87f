import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../src/app.module';
import { Clock, FixedClock } from '../../src/infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../src/infrastructure/event-store/event-store.port';
import { openReadDatabase, READ_DATABASE, type ReadDatabase } from '../../src/infrastructure/database/read-database';
import { Freshness } from '../../src/projections/runner/freshness';
import { PostgresEventStore } from '../../src/infrastructure/event-store/postgres/postgres-event-store';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { createTestSchema, TEST_DATABASE_URL } from './postgres';

export interface GraphqlResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; details?: Record<string, unknown> } }>;
}

export interface TestApp {
  readonly app: INestApplication;
  readonly store: EventStore;
  readonly clock: FixedClock;
  readonly url: string;
  readonly readDb: ReadDatabase;
  /** The PostgreSQL schema holding this instance's data, to start a second instance on. */
  readonly schema: string | null;
  /** Waits until every read model has folded the log up to its head. */
  caughtUp(): Promise<void>;
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Run on this existing PostgreSQL schema (a second instance of the service); it is not dropped. */
  readonly postgresSchema?: string;
  /** Providers to replace, e.g. limits a test wants small. */
  readonly overrides?: ReadonlyArray<readonly [token: unknown, value: unknown]>;
}

/** The whole service over HTTP on a real store; the clock is fixed so dates are reproducible. */
export const startTestApp = async (
  kind: 'sqlite' | 'postgres',
  now = new Date('2021-06-08T09:00:00.000Z'),
  options: TestAppOptions = {},
): Promise<TestApp> => {
  const clock = new FixedClock(now);
  const { store, readDb, schema, dispose } = await openStores(kind, clock, options.postgresSchema);
  let builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(EVENT_STORE)
    .useValue(store)
    .overrideProvider(READ_DATABASE)
    .useValue(readDb)
    .overrideProvider(Clock)
    .useValue(clock);
  for (const [token, value] of options.overrides ?? []) builder = builder.overrideProvider(token).useValue(value);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  return {
    app,
    store,
    readDb,
    schema,
    clock,
    url,
    async caughtUp() {
      await app.get(Freshness).ensure(await store.headPosition(), 10_000);
    },
    async graphql(query, variables = {}, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sijill-actor': 'recorder@el-hajeb', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse<any>;
    },
    async close() {
      await app.close();
      await dispose();
    },
  };
};

interface Stores {
  store: EventStore;
  readDb: ReadDatabase;
  schema: string | null;
  dispose: () => Promise<void>;
}

/** The event store and the read models share one database, as they do by default in production. */
const openStores = async (kind: 'sqlite' | 'postgres', clock: Clock, existingSchema?: string): Promise<Stores> => {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sijill-e2e-'));
    const path = join(dir, 'sijill.db');
    const store = new SqliteEventStore({ path, clock: () => clock.now() });
    const readDb = await openReadDatabase({ kind: 'sqlite', path });
    return { store, readDb, schema: null, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const { schema, drop } = existingSchema ? { schema: existingSchema, drop: async () => undefined } : await createTestSchema();
  const store = await PostgresEventStore.open({ connectionString: TEST_DATABASE_URL, schema, clock: () => clock.now() });
  const readDb = await openReadDatabase({ kind: 'postgres', connectionString: TEST_DATABASE_URL, schema });
  return { store, readDb, schema, dispose: drop };
};
