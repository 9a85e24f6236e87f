import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { AuthSettings } from '../../src/infrastructure/auth/auth-settings';
import { openReadDatabase, READ_DATABASE } from '../../src/infrastructure/database/read-database';
import { EVENT_STORE, type EventStore } from '../../src/infrastructure/event-store/event-store.port';
import { PostgresEventStore } from '../../src/infrastructure/event-store/postgres/postgres-event-store';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { BENCH_DATABASE_URL, scratchSchema, scratchSqlite } from '../append/scratch';

export interface BenchApp {
  readonly app: INestApplication;
  /** Milliseconds of every append and stream read since the last `take`, then forgets them. */
  takeStoreTimings(): { readonly append: number[]; readonly readStream: number[] };
  close(): Promise<void>;
}

/** The store as the service sees it, timing its appends and stream reads (waiting for a write turn included). */
const timed = (store: EventStore) => {
  const timings = { append: [] as number[], readStream: [] as number[] };
  const wrap = <A extends unknown[], R>(name: keyof typeof timings, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = performance.now();
      try {
        return await call(...args);
      } finally {
        timings[name].push(performance.now() - started);
      }
    };
  const append = wrap('append', store.append.bind(store));
  const readStream = wrap('readStream', store.readStream.bind(store));
  const proxy = new Proxy(store, {
    get: (target, key, receiver) => (key === 'append' ? append : key === 'readStream' ? readStream : Reflect.get(target, key, receiver)),
  });
  const take = () => ({ append: timings.append.splice(0), readStream: timings.readStream.splice(0) });
  return { proxy, take };
};

/**
 * The whole service without its HTTP listener, on a fresh store with the read
 * models in the same database (as in production by default). Its projection
 * runners fold the log while commands run, as they would in service.
 */
export const startBenchApp = async (kind: 'sqlite' | 'postgres'): Promise<BenchApp> => {
  const { store, readDb, drop } = kind === 'sqlite' ? await sqliteStores() : await postgresStores();
  const { proxy, take } = timed(store);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(EVENT_STORE)
    .useValue(proxy)
    .overrideProvider(READ_DATABASE)
    .useValue(readDb)
    // No HTTP here, so nobody to authenticate: commands carry their principal, and no first-start key is issued.
    .overrideProvider(AuthSettings)
    .useValue(new AuthSettings(false, null))
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return {
    app,
    takeStoreTimings: take,
    async close() {
      await app.close();
      await readDb.close();
      await drop();
    },
  };
};

const sqliteStores = async () => {
  const { path, drop } = scratchSqlite();
  const store: EventStore = new SqliteEventStore({ path });
  return { store, readDb: await openReadDatabase({ kind: 'sqlite', path }), drop: async () => drop() };
};

const postgresStores = async () => {
  const { schema, drop } = await scratchSchema();
  const store: EventStore = await PostgresEventStore.open({ connectionString: BENCH_DATABASE_URL, schema });
  return { store, readDb: await openReadDatabase({ kind: 'postgres', connectionString: BENCH_DATABASE_URL, schema }), drop };
};
