export default async function globalTeardown(): Promise<void> {
  if (process.env.SIJILL_TEST_PG_AVAILABLE !== '1') {
    process.stdout.write(
      `\n[sijill] PostgreSQL suites were SKIPPED: ${process.env.SIJILL_TEST_PG_REASON ?? 'unknown reason'}\n` +
        '[sijill] Set SIJILL_TEST_DATABASE_URL to a reachable server to run them.\n',
    );
  }
}
