import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { openReadDatabase } from '../../src/infrastructure/database/read-database';
import { PostgresEventStore } from '../../src/infrastructure/event-store/postgres/postgres-event-store';
import { describeWithPostgres, TEST_DATABASE_URL } from '../support/postgres';

describeWithPostgres('PostgreSQL: store and read database starting together on a new schema', () => {
  const admin = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
  const schemas: string[] = [];

  afterAll(async () => {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it('both open, every time, and the schema holds the store', async () => {
    for (let round = 0; round < 8; round++) {
      const schema = `sijill_start_${randomBytes(5).toString('hex')}`;
      schemas.push(schema);
      // Two of each, all at once: the order a multi-process deployment starts in.
      const [storeA, storeB, readA, readB] = await Promise.all([
        PostgresEventStore.open({ connectionString: TEST_DATABASE_URL, schema, poolSize: 1 }),
        PostgresEventStore.open({ connectionString: TEST_DATABASE_URL, schema, poolSize: 1 }),
        openReadDatabase({ kind: 'postgres', connectionString: TEST_DATABASE_URL, schema }),
        openReadDatabase({ kind: 'postgres', connectionString: TEST_DATABASE_URL, schema }),
      ]);
      await Promise.all([storeA.close(), storeB.close(), readA.close(), readB.close()]);
      const { rows } = await admin.query('SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [schema, 'events']);
      expect(rows[0].n).toBe(1);
    }
  });
});
