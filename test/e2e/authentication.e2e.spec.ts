import { randomUUID } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { AuthSettings } from '../../src/infrastructure/auth/auth-settings';
import { AdministratorBootstrap } from '../../src/modules/access/bootstrap/administrator-bootstrap';
import { GrantRoleHandler } from '../../src/modules/access/grant-role/grant-role.handler';
import { IssueApiKeyHandler } from '../../src/modules/access/issue-api-key/issue-api-key.handler';
import { PrincipalDirectory } from '../../src/modules/access/principal-directory';
import { newApiKeySecret } from '../../src/infrastructure/auth/api-key';
import { signTestToken } from '../support/credentials';
import { describeOnEveryStore } from '../support/postgres';
import { type GraphqlResponse, startTestApp, type TestApp } from '../support/test-app';

const ESTABLISH = `mutation($input: EstablishOrgUnitInput!) { establishOrgUnit(input: $input) { position } }`;
const ME = '{ me { id authenticatedBy grants { role unitId unitPath } } }';
const GRANT = `mutation($input: GrantInput!) { grantRole(input: $input) { position } }`;
const REVOKE = `mutation($input: GrantInput!) { revokeRole(input: $input) { position } }`;
const ISSUE = `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { keyId apiKey } }`;
const REVOKE_KEY = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { position } }`;

const unit = (unitId: string, parentId: string | null) => ({
  unitId,
  parentId,
  level: parentId === null ? 'NATIONAL' : 'REGIONAL',
  kind: parentId === null ? 'PARTY' : 'SECRETARIAT',
  name: { fr: unitId },
});

const now = (): number => Math.floor(Date.now() / 1000);
const keyIdOf = (authorization: string): string => /^Bearer sjk_([0-9a-f-]{36})_/.exec(authorization)![1]!;

/** POSTs without the test app's defaults: exactly these headers. */
const post = async (app: TestApp, query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) => {
  const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GraphqlResponse };
};

interface WsOutcome {
  readonly data?: unknown;
  readonly closeCode?: number;
}

/** One query over a fresh graphql-ws connection: its result, or the code the server closed the socket with. */
const overWebSocket = async (app: TestApp, query: string, options: { params?: string; upgradeHeader?: string } = {}): Promise<WsOutcome> => {
  const upgradeHeader = options.upgradeHeader;
  class WithHeader extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, upgradeHeader ? { headers: { authorization: upgradeHeader } } : {});
    }
  }
  const client: Client = createClient({
    url: app.url.replace(/^http/, 'ws'),
    webSocketImpl: WithHeader,
    retryAttempts: 0,
    ...(options.params !== undefined && { connectionParams: { authorization: options.params } }),
  });
  try {
    return await new Promise<WsOutcome>((resolve) => {
      let data: unknown;
      client.subscribe(
        { query },
        {
          next: (result) => (data = result.data),
          error: (error) => resolve({ closeCode: (error as { code?: number }).code ?? -1 }),
          complete: () => resolve({ data }),
        },
      );
    });
  } finally {
    await client.dispose();
  }
};

describeOnEveryStore('authentication', (kind) => {
  let app: TestApp;
  /** Every way a caller can fail to authenticate, built once the app runs. */
  let refused: Array<[string, string | undefined]>;

  beforeAll(async () => {
    app = await startTestApp(kind);
    await app.graphql(ESTABLISH, { input: unit('pam', null) });
    const revoked = await app.credentialFor('revoked@pam', [{ role: 'ADMIN', unitId: null }]);
    const revocation = await app.graphql(REVOKE_KEY, { input: { keyId: keyIdOf(revoked), reason: 'left the office' } });
    expect(revocation.errors).toBeUndefined();
    const valid = await app.authorization();
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const claims = Buffer.from(JSON.stringify({ sub: 'recorder@el-hajeb', iss: 'https://id.sijill.test', aud: 'sijill-test', exp: now() + 600 })).toString('base64url');
    refused = [
      ['no credential', undefined],
      ['a token signed with another secret', await signTestToken({ sub: 'recorder@el-hajeb' }, 'another-secret-of-at-least-32-characters!!')],
      ['an expired token', await app.tokenFor({ sub: 'recorder@el-hajeb', iat: now() - 7200, exp: now() - 120 })],
      ['a token for another audience', await app.tokenFor({ sub: 'recorder@el-hajeb', aud: 'another-service' })],
      ['a token from another issuer', await app.tokenFor({ sub: 'recorder@el-hajeb', iss: 'https://id.elsewhere.test' })],
      ['a token without expiry', await app.tokenFor({ sub: 'recorder@el-hajeb', exp: undefined })],
      ['an unsigned token', `Bearer ${header}.${claims}.`],
      ['a revoked API key', revoked],
      ['an unknown API key', `Bearer sjk_${randomUUID()}_${newApiKeySecret()}`],
      ['a known key id with a wrong secret', valid.replace(/_[A-Za-z0-9_-]{43}$/, `_${newApiKeySecret()}`)],
      ['another scheme', valid.replace(/^Bearer/, 'Basic')],
    ];
  });
  afterAll(async () => app.close());

  it('refuses every bad credential over HTTP with AUTH.UNAUTHENTICATED and status 401, answering no data and writing nothing', async () => {
    const head = await app.store.headPosition();
    for (const [, authorization] of refused) {
      for (const query of [ESTABLISH, ME]) {
        const { status, body } = await post(app, query, authorization ? { authorization } : {}, { input: unit('intruder', null) });
        expect({ status, code: body.errors?.[0]?.extensions?.code, hasData: 'data' in body }).toEqual({ status: 401, code: 'AUTH.UNAUTHENTICATED', hasData: false });
      }
    }
    expect(await app.store.headPosition()).toBe(head);
  });

  it('refuses every bad credential at graphql-ws connection, closing the socket with 4403', async () => {
    for (const [why, authorization] of refused) {
      const outcome = await overWebSocket(app, ME, { params: authorization });
      expect([why, outcome]).toEqual([why, { closeCode: 4403 }]);
    }
  });

  it('accepts a valid API key and a valid token, over HTTP and over graphql-ws', async () => {
    const key = await app.credentialFor('viewer@pam', [{ role: 'VIEWER', unitId: 'pam' }]);
    const token = await app.tokenFor({ sub: 'viewer@pam' });
    const expected = (by: string) => ({ me: { id: 'viewer@pam', authenticatedBy: by, grants: [{ role: 'VIEWER', unitId: 'pam', unitPath: '/pam' }] } });

    expect((await post(app, ME, { authorization: key })).body.data).toEqual(expected('api-key'));
    expect((await post(app, ME, { authorization: token })).body.data).toEqual(expected('token'));
    expect(await overWebSocket(app, ME, { params: key })).toEqual({ data: expected('api-key') });
    expect(await overWebSocket(app, ME, { params: token })).toEqual({ data: expected('token') });
    expect(await overWebSocket(app, ME, { upgradeHeader: token })).toEqual({ data: expected('token') });
  });

  it('records the authenticated principal as the actor, whatever x-sijill-actor a client sends', async () => {
    const token = await app.tokenFor({ sub: 'secretariat@pam' });
    await app.credentialFor('secretariat@pam', [{ role: 'RECORDER', unitId: 'pam' }]);
    const written = await app.graphql(ESTABLISH, { input: unit('fes-meknes', 'pam') }, { authorization: token, 'x-sijill-actor': 'someone-else' });
    expect(written.errors).toBeUndefined();
    const [event] = await app.store.readStream('orgUnit-fes-meknes');
    expect(event!.metadata.actor).toBe('secretariat@pam');
  });

  it('applies a grant and a revocation from the very next request', async () => {
    const late = await app.credentialFor('late@pam', []);
    const attempt = () => app.graphql(ESTABLISH, { input: unit('rabat-sale', 'pam') }, { authorization: late });
    expect((await attempt()).errors?.[0]?.extensions?.code).toBe('AUTH.FORBIDDEN');

    expect((await app.graphql(GRANT, { input: { principalId: 'late@pam', role: 'RECORDER', unitId: 'pam' } })).errors).toBeUndefined();
    expect((await app.graphql(ME, {}, { authorization: late })).data!.me.grants).toEqual([{ role: 'RECORDER', unitId: 'pam', unitPath: '/pam' }]);
    expect((await attempt()).errors).toBeUndefined();

    expect((await app.graphql(REVOKE, { input: { principalId: 'late@pam', role: 'RECORDER', unitId: 'pam' } })).errors).toBeUndefined();
    const again = await app.graphql(ESTABLISH, { input: unit('oriental', 'pam') }, { authorization: late });
    expect(again.errors?.[0]?.extensions?.code).toBe('AUTH.FORBIDDEN');
    expect((await app.graphql(ME, {}, { authorization: late })).data!.me.grants).toEqual([]);
  });

  it("lets an administrator of a unit grant within its subtree only, and keeps keys and principals to the whole register's", async () => {
    await app.graphql(ESTABLISH, { input: unit('souss-massa', 'pam') });
    await app.graphql(ESTABLISH, { input: unit('casa-settat', 'pam') });
    await app.graphql(GRANT, { input: { principalId: 'viewer@casa', role: 'VIEWER', unitId: 'casa-settat' } });
    const regional = await app.credentialFor('admin@souss-massa', [{ role: 'ADMIN', unitId: 'souss-massa' }]);
    const as = (query: string, variables: Record<string, unknown> = {}) => app.graphql(query, variables, { authorization: regional });

    expect((await as(GRANT, { input: { principalId: 'viewer@souss', role: 'VIEWER', unitId: 'souss-massa' } })).errors).toBeUndefined();
    const head = await app.store.headPosition();
    const refusals = [
      await as(GRANT, { input: { principalId: 'viewer@souss', role: 'VIEWER', unitId: 'casa-settat' } }),
      await as(GRANT, { input: { principalId: 'viewer@souss', role: 'VIEWER', unitId: 'pam' } }),
      await as(GRANT, { input: { principalId: 'admin@souss-massa', role: 'ADMIN' } }),
      await as(REVOKE, { input: { principalId: 'viewer@casa', role: 'VIEWER', unitId: 'casa-settat' } }),
      await as(ISSUE, { input: { principalId: 'viewer@souss', label: 'souss office' } }),
      await as(`{ principal(id: "viewer@souss") { id } }`),
    ];
    expect(refusals.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(Array(6).fill('AUTH.FORBIDDEN'));
    expect(await app.store.headPosition()).toBe(head);
  });

  it("shows an administrator a principal's grants and keys, never a secret", async () => {
    await app.graphql(GRANT, { input: { principalId: 'clerk@pam', role: 'AUDITOR' } });
    const issued = await app.graphql(ISSUE, { input: { principalId: 'clerk@pam', label: 'audit laptop' } });
    const { keyId, apiKey } = issued.data!.issueApiKey;
    expect(apiKey).toMatch(new RegExp(`^sjk_${keyId}_[A-Za-z0-9_-]{43}$`));
    await app.graphql(REVOKE_KEY, { input: { keyId, reason: null } });

    const shown = await app.graphql(`{ principal(id: "clerk@pam") { id grants { role unitId unitPath } apiKeys { keyId label issuedAt revoked revokedAt } } }`);
    expect(shown.data!.principal).toEqual({
      id: 'clerk@pam',
      grants: [{ role: 'AUDITOR', unitId: null, unitPath: '/' }],
      apiKeys: [{ keyId, label: 'audit laptop', issuedAt: '2021-06-08T09:00:00.000Z', revoked: true, revokedAt: '2021-06-08T09:00:00.000Z' }],
    });
    const [keyEvent] = await app.store.readStream(`apiKey-${keyId}`);
    // The secret is all after `sjk_<keyId>_`: it may hold '_' itself, so it is not the key's last '_'-piece.
    const secret = apiKey.slice(`sjk_${keyId}_`.length);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(keyEvent)).not.toContain(secret);
    expect(keyEvent!.metadata).toMatchObject({ actor: 'recorder@el-hajeb', unitPath: '/' });
  });

  it('refuses a grant on a unit that does not exist', async () => {
    const result = await app.graphql(GRANT, { input: { principalId: 'viewer@pam', role: 'VIEWER', unitId: 'atlantis' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'ORG_UNIT.NOT_FOUND', field: 'unitId' });
  });
});

describeOnEveryStore('the first start of a service with authentication on', (kind) => {
  let output: string[];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    output = [];
    const write = process.stdout.write.bind(process.stdout);
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: any[]) => {
      output.push(String(chunk));
      return write(chunk, ...rest);
    });
  });
  afterEach(() => spy.mockRestore());

  const printedKeys = (): string[] => output.flatMap((line) => /Sijill administrator API key \(shown once, store it now\): (sjk_\S+)/.exec(line)?.[1] ?? []);

  it('prints one administrator key on an empty store, and none on the next start', async () => {
    const first = await startTestApp(kind, undefined, { bootstrapAdministrator: true });
    try {
      const [key] = printedKeys();
      expect(printedKeys()).toHaveLength(1);
      const me = await first.graphql(ME, {}, { authorization: `Bearer ${key}` });
      expect(me.data!.me).toEqual({ id: 'admin', authenticatedBy: 'api-key', grants: [{ role: 'ADMIN', unitId: null, unitPath: '/' }] });

      const second = await startTestApp(kind, undefined, { bootstrapAdministrator: true, ...(kind === 'postgres' ? { postgresSchema: first.schema! } : { sqlitePath: first.sqlitePath! }) });
      await second.close();
      expect(printedKeys()).toHaveLength(1);
      const issued = await first.store.readAll({ filter: { types: ['ApiKeyIssued'] } });
      expect(issued.events.map((event) => event.metadata.actor)).toEqual(['system:bootstrap']);
    } finally {
      await first.close();
    }
  });

  it('issues one key when two instances start together on an empty store', async () => {
    const app = await startTestApp(kind);
    try {
      const bootstrap = () =>
        new AdministratorBootstrap(app.app.get(AuthSettings), app.app.get(PrincipalDirectory), app.app.get(GrantRoleHandler), app.app.get(IssueApiKeyHandler)).onApplicationBootstrap();
      await Promise.all([bootstrap(), bootstrap()]);
      expect(printedKeys()).toHaveLength(1);
      expect((await app.store.readAll({ filter: { types: ['RoleGranted', 'ApiKeyIssued'] } })).events.map((event) => event.type)).toEqual(['RoleGranted', 'ApiKeyIssued']);
    } finally {
      await app.close();
    }
  });

  it('with authentication off, needs no credential and acts as the unrestricted principal auth-off, issuing no key', async () => {
    const app = await startTestApp(kind, undefined, { authentication: false, bootstrapAdministrator: true });
    try {
      const me = await app.graphql(ME, {}, { authorization: '' });
      expect(me.data!.me).toEqual({ id: 'auth-off', authenticatedBy: 'auth-off', grants: [{ role: 'ADMIN', unitId: null, unitPath: '/' }] });
      expect(printedKeys()).toEqual([]);
      expect(await app.store.headPosition()).toBeNull();
    } finally {
      await app.close();
    }
  });
});
