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
import { useBodyLimit } from '../../src/infrastructure/graphql/hardening/body-limit';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PostgresEventStore } from '../../src/infrastructure/event-store/postgres/postgres-event-store';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { createTestSchema, TEST_DATABASE_URL } from './postgres';
import { AuthSettings } from '../../src/infrastructure/auth/auth-settings';
import { AdministratorBootstrap } from '../../src/modules/access/bootstrap/administrator-bootstrap';
import { issueCredential, signTestToken, testAuthSettings, type TestGrant } from './credentials';
import type { JWTPayload } from 'jose';

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
  /** The SQLite file holding this instance's data, to start a second instance on. */
  readonly sqlitePath: string | null;
  /** Waits until every read model has folded the log up to its head. */
  caughtUp(): Promise<void>;
  /**
   * POSTs to /graphql. Sends the default credential (DEFAULT_PRINCIPAL, ADMIN over the
   * whole register) unless `headers` has an `authorization`; an empty one sends none.
   */
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<T>>;
  /** The default credential's Authorization header value; issued through the real commands on first use, so an untouched store stays empty. */
  authorization(): Promise<string>;
  /** Grants these roles to the principal (keeping those it holds), issues it an API key and returns `Bearer <key>`. */
  credentialFor(principalId: string, grants: readonly TestGrant[]): Promise<string>;
  /** `Bearer <HS256 token>` the app accepts: issuer, audience, iat and a one-hour exp unless `claims` sets them. */
  tokenFor(claims: JWTPayload & { sub: string }): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Run on this existing PostgreSQL schema (a second instance of the service); it is not dropped. */
  readonly postgresSchema?: string;
  /** Run on this existing SQLite file (a second instance of the service); it is not deleted. */
  readonly sqlitePath?: string;
  /** Providers to replace, e.g. limits a test wants small. */
  readonly overrides?: ReadonlyArray<readonly [token: unknown, value: unknown]>;
  /** Let the first-start bootstrap issue the `admin` key (off by default, so tests start on an empty log). */
  readonly bootstrapAdministrator?: boolean;
  /** false: SIJILL_AUTH=off. */
  readonly authentication?: boolean;
}

/** Who `app.graphql` acts as by default: the recorder the worked example's events name. */
export const DEFAULT_PRINCIPAL = 'recorder@el-hajeb';

/** The whole service over HTTP on a real store; the clock is fixed so dates are reproducible. */
export const startTestApp = async (
  kind: 'sqlite' | 'postgres',
  now = new Date('2021-06-08T09:00:00.000Z'),
  options: TestAppOptions = {},
): Promise<TestApp> => {
  const clock = new FixedClock(now);
  const { store, readDb, schema, sqlitePath, dispose } = await openStores(kind, clock, options);
  let builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(EVENT_STORE)
    .useValue(store)
    .overrideProvider(READ_DATABASE)
    .useValue(readDb)
    .overrideProvider(Clock)
    .useValue(clock)
    .overrideProvider(AuthSettings)
    .useValue(testAuthSettings(options.authentication ?? true));
  if (!options.bootstrapAdministrator) builder = builder.overrideProvider(AdministratorBootstrap).useValue({});
  for (const [token, value] of options.overrides ?? []) builder = builder.overrideProvider(token).useValue(value);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  useBodyLimit(app);
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  let defaultAuthorization: Promise<string> | null = null;
  const authorization = (): Promise<string> =>
    (defaultAuthorization ??= issueCredential(app, DEFAULT_PRINCIPAL, [{ role: 'ADMIN', unitId: null }]).catch((error: unknown) => {
      defaultAuthorization = null;
      throw error;
    }));
  return {
    app,
    store,
    readDb,
    schema,
    sqlitePath,
    clock,
    url,
    async caughtUp() {
      await app.get(Freshness).ensure(await store.headPosition(), 10_000);
    },
    authorization,
    credentialFor: (principalId, grants) => issueCredential(app, principalId, grants),
    tokenFor: (claims) => signTestToken(claims),
    async graphql(query, variables = {}, headers = {}) {
      const chosen = Object.keys(headers).find((name) => name.toLowerCase() === 'authorization');
      const auth: Record<string, string> = chosen === undefined ? { authorization: await authorization() } : headers[chosen] ? { authorization: headers[chosen]! } : {};
      const rest = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== chosen));
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth, ...rest },
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
  sqlitePath: string | null;
  dispose: () => Promise<void>;
}

/** The event store and the read models share one database, as they do by default in production. */
const openStores = async (kind: 'sqlite' | 'postgres', clock: Clock, existing: Pick<TestAppOptions, 'postgresSchema' | 'sqlitePath'>): Promise<Stores> => {
  if (kind === 'sqlite' && existing.sqlitePath) {
    const store = new SqliteEventStore({ path: existing.sqlitePath, clock: () => clock.now() });
    const readDb = await openReadDatabase({ kind: 'sqlite', path: existing.sqlitePath });
    return { store, readDb, schema: null, sqlitePath: existing.sqlitePath, dispose: async () => undefined };
  }
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sijill-e2e-'));
    const path = join(dir, 'sijill.db');
    const store = new SqliteEventStore({ path, clock: () => clock.now() });
    const readDb = await openReadDatabase({ kind: 'sqlite', path });
    return { store, readDb, schema: null, sqlitePath: path, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const { schema, drop } = existing.postgresSchema ? { schema: existing.postgresSchema, drop: async () => undefined } : await createTestSchema();
  const store = await PostgresEventStore.open({ connectionString: TEST_DATABASE_URL, schema, clock: () => clock.now() });
  const readDb = await openReadDatabase({ kind: 'postgres', connectionString: TEST_DATABASE_URL, schema });
  return { store, readDb, schema, sqlitePath: null, dispose: drop };
};
