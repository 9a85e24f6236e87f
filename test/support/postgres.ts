import { createFreshSchema, FreshSchema } from '../../src/infrastructure/database/fresh-schema';

/**
 * PostgreSQL suites run when a server answers at SIJILL_TEST_DATABASE_URL
 * (default: the local trust-auth server). Global setup probes it once and
 * records the verdict in the environment the test workers inherit.
 */
export const TEST_DATABASE_URL =
  process.env.SIJILL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const postgresAvailable = (): boolean => process.env.SIJILL_TEST_PG_AVAILABLE === '1';

export const postgresSkipReason = (): string =>
  process.env.SIJILL_TEST_PG_REASON ?? 'PostgreSQL was not probed';

/** `describe` that runs only with PostgreSQL, and says why when it does not. */
export const describeWithPostgres = (name: string, body: () => void): void => {
  if (postgresAvailable()) {
    describe(name, body);
    return;
  }
  if (process.env.SIJILL_REQUIRE_POSTGRES === '1') {
    describe(name, () => {
      it('runs on PostgreSQL, which SIJILL_REQUIRE_POSTGRES=1 requires', () => {
        throw new Error(postgresSkipReason());
      });
    });
    return;
  }
  describe(name, () => {
    it.skip(`skipped: ${postgresSkipReason()}`, () => undefined);
  });
};

/** A fresh schema per suite keeps parallel workers and reruns apart. */
export const createTestSchema = (): Promise<FreshSchema> => createFreshSchema(TEST_DATABASE_URL, 'sijill_test');

/** Runs the same suite on the embedded SQLite store and, when reachable, on PostgreSQL. */
export const describeOnEveryStore = (name: string, body: (kind: 'sqlite' | 'postgres') => void): void => {
  describe(`${name} [sqlite]`, () => body('sqlite'));
  describeWithPostgres(`${name} [postgres]`, () => body('postgres'));
};
