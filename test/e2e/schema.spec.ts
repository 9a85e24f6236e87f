import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';

const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.gql');

describe('the committed GraphQL schema', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite');
  });
  afterAll(async () => app.close());

  it('matches the schema the code generates (npm run schema:generate refreshes it)', () => {
    const generated = `${printSchema(app.app.get(GraphQLSchemaHost).schema)}\n`;
    if (process.env.SIJILL_UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
