import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../src/app.module';
import { Clock, FixedClock } from '../../src/infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../src/infrastructure/event-store/event-store.port';
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
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/** The whole service over HTTP on a real store; the clock is fixed so dates are reproducible. */
export const startTestApp = async (kind: 'sqlite' | 'postgres', now = new Date('2021-06-08T09:00:00.000Z')): Promise<TestApp> => {
  const clock = new FixedClock(now);
  const { store, dispose } = await openStore(kind, clock);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(EVENT_STORE)
    .useValue(store)
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  return {
    app,
    store,
    clock,
    url,
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

const openStore = async (kind: 'sqlite' | 'postgres', clock: Clock): Promise<{ store: EventStore; dispose: () => Promise<void> }> => {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sijill-e2e-'));
    const store = new SqliteEventStore({ path: join(dir, 'sijill.db'), clock: () => clock.now() });
    return { store, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const { schema, drop } = await createTestSchema();
  const store = await PostgresEventStore.open({ connectionString: TEST_DATABASE_URL, schema, clock: () => clock.now() });
  return { store, dispose: drop };
};
