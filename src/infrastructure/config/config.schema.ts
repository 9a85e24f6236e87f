import { z } from 'zod';

/** Every environment variable the service reads, with its default and its check. */
export const configSchema = z
  .object({
    SIJILL_EVENT_STORE: z.enum(['sqlite', 'postgres', 'kurrentdb']).default('sqlite'),
    SQLITE_PATH: z.string().min(1).default('./data/sijill.db'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    KURRENTDB_CONNECTION_STRING: z
      .string()
      .regex(/^(kurrentdb|kdb|esdb)(\+discover)?:\/\/\S+$/, 'must be a kurrentdb://, kdb:// or esdb:// connection string')
      .optional(),
    /**
     * Where read models live: `sqlite:<path>` or a postgres:// URL. By default the
     * store's own database (SQLITE_PATH or DATABASE_URL); with KurrentDB, sqlite:./data/sijill-read.db.
     */
    SIJILL_READ_DB: z
      .string()
      .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'must be sqlite:<path> or a postgres:// URL')
      .optional(),
    DATABASE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase SQL identifier')
      .default('public'),
    /** `off` keeps this process from updating read models (the CLI, or a query-only instance). */
    SIJILL_PROJECTIONS: z.enum(['on', 'off']).default('on'),
    /** Live feed: items a subscriber may have waiting before it is closed as too slow. */
    SIJILL_FEED_BUFFER: z.coerce.number().int().min(1).max(1_000_000).default(1000),
    /** Live feed: most events a resuming subscriber may replay before it must reload instead. */
    SIJILL_FEED_MAX_REPLAY: z.coerce.number().int().min(0).max(10_000_000).default(10_000),
    /** Log anchors: take one once this many events came since the last; 0 leaves anchoring to `audit anchor`. */
    SIJILL_ANCHOR_EVERY: z.coerce.number().int().min(0).max(10_000_000).default(1000),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((config, context) => {
    if (config.SIJILL_EVENT_STORE === 'postgres' && !config.DATABASE_URL) {
      context.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required when SIJILL_EVENT_STORE=postgres' });
    }
    if (config.SIJILL_EVENT_STORE === 'kurrentdb' && !config.KURRENTDB_CONNECTION_STRING) {
      context.addIssue({
        code: 'custom',
        path: ['KURRENTDB_CONNECTION_STRING'],
        message: 'is required when SIJILL_EVENT_STORE=kurrentdb',
      });
    }
  });

export type SijillConfig = z.infer<typeof configSchema>;

/** For @nestjs/config: stops start-up with a message that names each bad variable. */
export const validateConfig = (environment: Record<string, unknown>): SijillConfig => {
  const parsed = configSchema.safeParse(environment);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const variable = issue.path.join('.');
    const value = environment[variable];
    return `  ${variable}${value === undefined ? '' : `=${JSON.stringify(value)}`}: ${issue.message}`;
  });
  throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
};
