import { Client } from 'pg';
import { TEST_DATABASE_URL } from './postgres';

/**
 * Probes PostgreSQL once for the whole run. With SIJILL_REQUIRE_POSTGRES=1 (CI)
 * an unreachable server fails the run instead of skipping its suites.
 */
export default async function globalSetup(): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    process.env.SIJILL_TEST_PG_AVAILABLE = '1';
  } catch (error) {
    const reason = `PostgreSQL not reachable at ${redact(TEST_DATABASE_URL)} (${(error as Error).message})`;
    if (process.env.SIJILL_REQUIRE_POSTGRES === '1') {
      throw new Error(`${reason}; SIJILL_REQUIRE_POSTGRES=1 forbids skipping its suites`);
    }
    process.env.SIJILL_TEST_PG_AVAILABLE = '0';
    process.env.SIJILL_TEST_PG_REASON = reason;
    process.stdout.write(`\n[sijill] PostgreSQL suites will be SKIPPED: ${reason}\n`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const redact = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
