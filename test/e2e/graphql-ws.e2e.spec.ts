import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/test-app';

describe('graphql-ws at /graphql', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite');
  });
  afterAll(async () => app.close());

  it('answers an operation sent over a graphql-ws connection', async () => {
    const written = await app.graphql(`mutation { establishOrgUnit(input: { unitId: "pam", level: NATIONAL, kind: PARTY, name: { ar: "البام" } }) { position } }`);
    const client = createClient({ url: app.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: await app.authorization() } });
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        let value: unknown;
        client.subscribe(
          {
            query: 'query Read($minPosition: String) { orgUnit(id: "pam", minPosition: $minPosition) { path name { ar } } }',
            variables: { minPosition: written.data?.establishOrgUnit.position },
          },
          { next: (data) => (value = data), error: reject, complete: () => resolve(value) },
        );
      });
      expect(result).toEqual({ data: { orgUnit: { path: '/pam', name: { ar: 'البام' } } } });
    } finally {
      await client.dispose();
    }
  });
});
