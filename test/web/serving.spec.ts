import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WEB_ROOT } from '../../src/infrastructure/web/web-root';
import { startTestApp, type TestApp } from '../support/test-app';
import { builtDashboard } from './support/dashboard-build';

const get = async (app: TestApp, path: string) => fetch(`${app.url.replace(/\/graphql$/, '')}${path}`);

describe('the service serves the dashboard beside its API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite', undefined, { overrides: [[WEB_ROOT, builtDashboard()]] });
  }, 60_000);
  afterAll(async () => app.close());

  it('answers / and any deep link with the page, so a shared address opens its view', async () => {
    for (const path of ['/', '/fr/meetings/el-hajeb-2021-06-07?unit=el-hajeb&period=2021-06']) {
      const response = await get(app, path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="app"></div>');
    }
  });

  it('lets browsers keep the hashed assets for good', async () => {
    const page = await (await get(app, '/')).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)![1]!;
    const response = await get(app, script);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('leaves /graphql and /health to the API', async () => {
    expect((await app.graphql('{ orgUnits { id } }')).data).toEqual({ orgUnits: [] });
    expect((await get(app, '/health')).status).toBe(200);
    expect((await get(app, '/graphql')).headers.get('content-type')).not.toContain('text/html');
  });
});

describe('a service whose dashboard is not built', () => {
  it('still starts and serves its API, and answers / with 404', async () => {
    const app = await startTestApp('sqlite', undefined, { overrides: [[WEB_ROOT, mkdtempSync(join(tmpdir(), 'sijill-no-web-'))]] });
    try {
      expect((await get(app, '/')).status).toBe(404);
      expect((await get(app, '/health')).status).toBe(200);
      expect((await app.graphql('{ orgUnits { id } }')).data).toEqual({ orgUnits: [] });
    } finally {
      await app.close();
    }
  });
});
