import { createClient, type Client } from 'graphql-ws';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { validateConfig } from '../../src/infrastructure/config/config.schema';
import { openReadDatabase, READ_DATABASE, type ReadDatabase } from '../../src/infrastructure/database/read-database';
import { GraphqlLimits, graphqlLimitsFrom } from '../../src/infrastructure/graphql/hardening/graphql-limits';
import { createTestSchema, describeOnEveryStore, TEST_DATABASE_URL } from '../support/postgres';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app';

/** The limits the service starts with when nothing is configured, as in production. */
const shipped = (): GraphqlLimits => graphqlLimitsFrom(validateConfig({}), 'production');

const codeOf = (result: GraphqlResponse): string | undefined => result.errors?.[0]?.extensions?.code;

/** Counts every statement the service sends to its read database. */
class StatementCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count += 1;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

interface CountedApp {
  readonly app: TestApp;
  readonly statements: StatementCounter;
  close(): Promise<void>;
}

/**
 * The service on a real read database seen through a counting plugin: SQLite in a
 * file of its own (as with SIJILL_READ_DB), or the PostgreSQL schema the store uses.
 * The service closes the read database on shutdown.
 */
const startCounted = async (kind: 'sqlite' | 'postgres'): Promise<CountedApp> => {
  const statements = new StatementCounter();
  const counted = (readDb: ReadDatabase): ReadDatabase => ({ ...readDb, db: readDb.db.withPlugin(statements) });
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sijill-hardening-'));
    const readDb = await openReadDatabase({ kind: 'sqlite', path: join(dir, 'read.db') });
    const app = await startTestApp('sqlite', undefined, { overrides: [[READ_DATABASE, counted(readDb)]] });
    return { app, statements, close: async () => (await app.close(), rmSync(dir, { recursive: true, force: true })) };
  }
  const { schema, drop } = await createTestSchema();
  const readDb = await openReadDatabase({ kind: 'postgres', connectionString: TEST_DATABASE_URL, schema });
  const app = await startTestApp('postgres', undefined, { postgresSchema: schema, overrides: [[READ_DATABASE, counted(readDb)]] });
  return { app, statements, close: async () => (await app.close(), await drop()) };
};

/** `orgUnit` with fields nested exactly `depth` deep, one item a level, so that it costs little. */
const chainOfDepth = (depth: number): string => {
  const steps = ['meetings(first: 1)', 'edges', 'node', 'unit'];
  let selection = '__typename';
  for (let level = depth - 1; level >= 2; level -= 1) selection = `${steps[(level - 2) % steps.length]} { ${selection} }`;
  return `orgUnit(id: "pam") { ${selection} }`;
};

/** One operation over a graphql-ws connection, answered as over HTTP. */
const overWs = (client: Client, query: string): Promise<GraphqlResponse> =>
  new Promise((resolve, reject) => {
    let value: GraphqlResponse = {};
    client.subscribe({ query }, { next: (data) => (value = data as GraphqlResponse), error: reject, complete: () => resolve(value) });
  });

describeOnEveryStore('operations over the depth and cost limits', (kind) => {
  let counted: CountedApp;
  let app: TestApp;
  const limits = shipped();

  /** Read-database statements the service sends while answering `query`. */
  const statementsFor = async (query: string): Promise<{ result: GraphqlResponse; statements: number }> => {
    const before = counted.statements.count;
    const result = await app.graphql(query);
    return { result, statements: counted.statements.count - before };
  };

  beforeAll(async () => {
    counted = await startCounted(kind);
    app = counted.app;
    await app.graphql(`mutation { establishOrgUnit(input: { unitId: "pam", level: NATIONAL, kind: PARTY, name: { ar: "البام" } }) { position } }`);
    await app.caughtUp();
  });
  afterAll(async () => counted.close());

  // Execution starts every root field of a query at once: had the refused operation run
  // at all, `orgUnit` would have read the read database, and streamHistory the event
  // store. The statements it causes are compared with those of `{ __typename }`, which
  // reads nothing either way, so that whatever authentication reads is left out.
  it('refuses an operation nested deeper than the limit with QUERY.TOO_DEEP, before reading anything', async () => {
    const baseline = await statementsFor('{ __typename }');
    const allowed = await statementsFor(`{ ${chainOfDepth(limits.maxDepth)} }`);
    expect(allowed.result.errors).toBeUndefined();
    expect(allowed.statements).toBeGreaterThan(baseline.statements);

    const tooDeep = `{ streamHistory(streamId: "orgUnit-pam") { edges { cursor } } ${chainOfDepth(limits.maxDepth + 2)} }`;
    const refused = await statementsFor(tooDeep);
    expect(refused.result.data).toBeUndefined();
    expect(refused.result.errors).toEqual([
      {
        message: `The query nests ${limits.maxDepth + 2} levels deep; at most ${limits.maxDepth} are allowed`,
        extensions: { code: 'QUERY.TOO_DEEP', details: { limit: limits.maxDepth, actual: limits.maxDepth + 2 } },
      },
    ]);
    expect(refused.statements).toBe(baseline.statements);
  });

  it('refuses an operation whose pages multiply past the cost limit with QUERY.TOO_COMPLEX, before reading anything', async () => {
    const baseline = await statementsFor('{ __typename }');
    const page = (first: number, inner: number) =>
      `{ streamHistory(streamId: "orgUnit-pam") { edges { cursor } } meetings(unitId: "pam", first: ${first}) { edges { node { unit { children { meetings(first: ${inner}) { edges { node { id } } } } } } } } }`;
    const allowed = await statementsFor(page(2, 2));
    expect(allowed.result.errors).toBeUndefined();
    expect(allowed.statements).toBeGreaterThan(baseline.statements);

    const refused = await statementsFor(page(100, 100));
    expect(refused.result.data).toBeUndefined();
    expect(codeOf(refused.result)).toBe('QUERY.TOO_COMPLEX');
    const details = refused.result.errors![0]!.extensions!.details as { limit: number; actual: number };
    expect(details.limit).toBe(limits.maxCost);
    expect(details.actual).toBeGreaterThan(limits.maxCost);
    expect(refused.statements).toBe(baseline.statements);
  });

  it('refuses the same operations sent over graphql-ws, before reading anything', async () => {
    const client = createClient({ url: app.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: async () => ({ authorization: await app.authorization() }) });
    try {
      const allowed = await overWs(client, `{ ${chainOfDepth(limits.maxDepth)} }`);
      expect(allowed.errors).toBeUndefined();
      const before = counted.statements.count;
      const tooDeep = await overWs(client, `{ ${chainOfDepth(limits.maxDepth + 1)} }`);
      const tooCostly = await overWs(client, '{ meetings(unitId: "pam", first: 100) { edges { node { unit { children { meetings(first: 100) { edges { node { id } } } } } } } } }');
      expect(counted.statements.count).toBe(before);
      expect(tooDeep).toEqual({
        errors: [expect.objectContaining({ extensions: { code: 'QUERY.TOO_DEEP', details: { limit: limits.maxDepth, actual: limits.maxDepth + 1 } } })],
      });
      expect(codeOf(tooCostly)).toBe('QUERY.TOO_COMPLEX');
    } finally {
      await client.dispose();
    }
  });

  it('answers a refused operation with HTTP 400 and no stack trace', async () => {
    const authorization = await app.authorization();
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: `{ ${chainOfDepth(limits.maxDepth + 1)} }` }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/stacktrace|\.[jt]s:\d+/);
  });

  it('refuses a page larger than the list allows as VALIDATION.FAILED on `first`, rather than cutting it down', async () => {
    for (const query of [
      '{ meetings(unitId: "pam", first: 101) { edges { cursor } } }',
      '{ members(unitId: "pam", first: 100000) { edges { cursor } } }',
      '{ resolutions(unitId: "pam", first: 0) { edges { cursor } } }',
      '{ streamHistory(streamId: "orgUnit-pam", first: 1001) { edges { cursor } } }',
    ]) {
      const result = await app.graphql(query);
      expect({ query, code: codeOf(result), field: result.errors?.[0]?.extensions?.field }).toEqual({ query, code: 'VALIDATION.FAILED', field: 'first' });
    }
  });
});

describeOnEveryStore('a fault inside the service', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
    await app.graphql(`mutation { establishOrgUnit(input: { unitId: "pam", level: NATIONAL, kind: PARTY, name: { ar: "البام" } }) { position } }`);
    await app.caughtUp();
  });
  afterAll(async () => app.close());

  it('is answered "Internal server error", without the SQL, the table or a stack trace', async () => {
    expect(await app.graphql('{ meeting(id: "m-1") { id } }')).toEqual({ data: { meeting: null } });
    // A real database fault: the meetings read model's tables go missing under the service.
    const listed =
      kind === 'sqlite'
        ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm_meetings_%'`.execute(app.readDb.db)
        : await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'rm_meetings_%'`.execute(app.readDb.db);
    expect(listed.rows.length).toBeGreaterThan(0);
    for (const { name } of listed.rows) await sql`DROP TABLE ${sql.table(name)}`.execute(app.readDb.db);

    const result = await app.graphql('{ meeting(id: "m-1") { id } }');
    expect(result.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(JSON.stringify(result)).not.toMatch(/rm_meetings|select|from|no such table|relation|sqlite|postgres|stack|\.ts:\d+/i);
  });

  it('does not put a stack trace in a validation error', async () => {
    const result = await app.graphql('{ orgUnit(id: "pam") { noSuchField } }');
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0]!.extensions).not.toHaveProperty('stacktrace');
    expect(JSON.stringify(result)).not.toMatch(/\.[jt]s:\d+/);
  });
});

describe('requests the HTTP layer refuses', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite');
  });
  afterAll(async () => app.close());

  const post = (body: string, contentType = 'application/json') => fetch(app.url, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('refuses a body over 100 kB with 413 and a message that says so', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(200_000) } }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: `The request body is larger than ${shipped().bodyLimitBytes} bytes`, extensions: { code: 'REQUEST.TOO_LARGE', details: { limit: 102_400 } } }],
    });
  });

  it('takes a body under the limit', async () => {
    const result = await app.graphql(`{ __typename }\n# ${'x'.repeat(90_000)}`);
    expect(result).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a GET query and a text/plain POST, which a browser may send cross-site without a preflight', async () => {
    const get = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`);
    const plain = await post(JSON.stringify({ query: '{ __typename }' }), 'text/plain');
    const form = await post(`query=${encodeURIComponent('{ __typename }')}`, 'application/x-www-form-urlencoded');
    for (const response of [get, plain, form]) {
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
    }
  });

  it('tells browsers and proxies to keep no answer, whether it holds data or an error', async () => {
    const asked = async (query: string) =>
      fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: await app.authorization() }, body: JSON.stringify({ query }) });
    for (const response of [await asked('{ __typename }'), await asked('{ noSuchField }')]) expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps introspection, "did you mean" hints and the explorer page off in production', async () => {
    const introspection = await app.graphql('{ __schema { queryType { name } } }');
    expect(codeOf(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.errors![0]!.message).toMatch(/introspection/i);
    const typo = await app.graphql('{ orgUnitz(id: "pam") { id } }');
    expect(codeOf(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors![0]!.message).not.toMatch(/did you mean/i);
    const page = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toMatch(/text\/html/);
  });
});

describe('introspection and the explorer page, when configured on', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite', undefined, { overrides: [[GraphqlLimits, shipped().with({ introspection: true, landingPage: true })]] });
  });
  afterAll(async () => app.close());

  it('answers introspection and hints at a misspelt field', async () => {
    expect(await app.graphql('{ __schema { queryType { name } } }')).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const typo = await app.graphql('{ orgUnitz(id: "pam") { id } }');
    expect(typo.errors![0]!.message).toMatch(/did you mean "orgUnit/i);
  });

  it('serves the explorer page to a browser', async () => {
    const page = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
  });
});

describe('the rate limit per principal', () => {
  const LIMIT = 20;
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite', undefined, { overrides: [[GraphqlLimits, shipped().with({ rateLimit: LIMIT, rateWindowMs: 60_000 })]] });
  });
  afterAll(async () => app.close());

  const call = (authorization: string) =>
    fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      // Two root fields: one operation, one call.
      body: JSON.stringify({ query: '{ first: orgUnits { id } second: orgUnits { id } }' }),
    });

  it('refuses the call past the limit within the window with RATE_LIMITED, while another principal still gets through', async () => {
    const alice = await app.credentialFor('alice@pam', [{ role: 'VIEWER', unitId: null }]);
    const bob = await app.credentialFor('bob@pam', [{ role: 'VIEWER', unitId: null }]);
    for (let made = 0; made < LIMIT; made += 1) {
      const result = (await (await call(alice)).json()) as GraphqlResponse;
      expect(result.errors).toBeUndefined();
    }
    const refused = await call(alice);
    const body = (await refused.json()) as GraphqlResponse;
    // The operation is refused as a whole: no root field ran.
    expect(body.data).toBeNull();
    expect(new Set(body.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['RATE_LIMITED']));
    expect(body.errors![0]!.extensions!.details).toMatchObject({ limit: LIMIT, windowMs: 60_000 });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    const other = (await (await call(bob)).json()) as GraphqlResponse;
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ first: expect.any(Array), second: expect.any(Array) });
  });

  it('counts operations over graphql-ws against the same budget', async () => {
    const carol = await app.credentialFor('carol@pam', [{ role: 'VIEWER', unitId: null }]);
    const client = createClient({ url: app.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: carol } });
    try {
      for (let made = 1; made < LIMIT; made += 1) expect(((await (await call(carol)).json()) as GraphqlResponse).errors).toBeUndefined();
      expect((await overWs(client, '{ orgUnits { id } }')).errors).toBeUndefined();
      expect(codeOf(await overWs(client, '{ orgUnits { id } }'))).toBe('RATE_LIMITED');
    } finally {
      await client.dispose();
    }
  });
});

describe('the rate limit without authentication', () => {
  const LIMIT = 5;
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite', undefined, { authentication: false, overrides: [[GraphqlLimits, shipped().with({ rateLimit: LIMIT })]] });
  });
  afterAll(async () => app.close());

  /** A call from one loopback address or another: two clients on one machine. */
  const callFrom = (localAddress: string): Promise<GraphqlResponse> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query: '{ orgUnits { id } }' });
      const call = request(app.url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(JSON.parse(text) as GraphqlResponse));
      });
      call.on('error', reject);
      call.end(body);
    });

  it('counts the calls of each client address apart', async () => {
    for (let made = 0; made < LIMIT; made += 1) expect((await callFrom('127.0.0.1')).errors).toBeUndefined();
    expect(codeOf(await callFrom('127.0.0.1'))).toBe('RATE_LIMITED');
    expect(await callFrom('127.0.0.2')).toEqual({ data: { orgUnits: [] } });
  });
});
