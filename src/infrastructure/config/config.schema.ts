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
    /** GraphQL: deepest field nesting an operation may have; deeper ones are refused before they run. */
    SIJILL_GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(10),
    /** GraphQL: highest estimated cost (a list counts its fields once per item it may return) an operation may have. */
    SIJILL_GRAPHQL_MAX_COST: z.coerce.number().int().min(1).max(100_000_000).default(25_000),
    /** GraphQL introspection (`__schema`, `__type`); off by default when NODE_ENV=production, on otherwise. */
    SIJILL_GRAPHQL_INTROSPECTION: z.enum(['on', 'off']).optional(),
    /** The explorer page at GET /graphql; off by default when NODE_ENV=production, on otherwise. */
    SIJILL_GRAPHQL_LANDING_PAGE: z.enum(['on', 'off']).optional(),
    /** GraphQL calls (root fields) one principal, or one client address when anonymous, may make per window. */
    SIJILL_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000_000).default(10_000),
    SIJILL_RATE_WINDOW_MS: z.coerce.number().int().min(1).max(86_400_000).default(60_000),
    /** Largest request body, in bytes; a larger one is answered 413. */
    SIJILL_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(102_400),
    /**
     * Wraps every member's personal data key: base64 of 32 random bytes. Without it, a
     * key file is used (made on first start); production should set this and keep it
     * apart from the database and its backups.
     */
    SIJILL_MASTER_KEY: z
      .string()
      .trim()
      .refine((value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === 32, 'must be the base64 of 32 random bytes (openssl rand -base64 32)')
      .optional(),
    /** The master key file used when SIJILL_MASTER_KEY is not set; by default `sijill.master-key` beside SQLITE_PATH. */
    SIJILL_MASTER_KEY_FILE: z.string().min(1).optional(),
    /** `off` turns authentication off: every request acts as the unrestricted principal `auth-off`. Never in production. */
    SIJILL_AUTH: z.enum(['on', 'off']).default('on'),
    /** Bearer tokens signed HS256 with this shared secret (at least 32 characters). */
    SIJILL_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Bearer tokens signed RS256, verified with the keys this JWKS URL serves (an identity provider's). */
    SIJILL_JWT_JWKS_URL: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL').optional(),
    /** Bearer tokens signed RS256, verified with this public key (PEM; `\n` may stand for line breaks). */
    SIJILL_JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key' }).optional(),
    /** The `iss` every token must carry; required once tokens are configured. */
    SIJILL_JWT_ISSUER: z.string().min(1).optional(),
    /** The `aud` every token must carry; required once tokens are configured. */
    SIJILL_JWT_AUDIENCE: z.string().min(1).optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((config, context) => {
    const tokenKeys = (['SIJILL_JWT_SECRET', 'SIJILL_JWT_JWKS_URL', 'SIJILL_JWT_PUBLIC_KEY'] as const).filter((name) => config[name] !== undefined);
    if (tokenKeys.length > 1) {
      context.addIssue({ code: 'custom', path: [tokenKeys[1]!], message: `set only one of ${tokenKeys.join(', ')}` });
    }
    for (const claim of ['SIJILL_JWT_ISSUER', 'SIJILL_JWT_AUDIENCE'] as const) {
      if (tokenKeys.length > 0 && !config[claim]) context.addIssue({ code: 'custom', path: [claim], message: `is required when ${tokenKeys[0]} is set` });
    }
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
    // A secret is named, never echoed: start-up errors end up in logs.
    const shown = value === undefined || variable === 'SIJILL_MASTER_KEY' || variable === 'SIJILL_JWT_SECRET' ? '' : `=${JSON.stringify(value)}`;
    return `  ${variable}${shown}: ${issue.message}`;
  });
  throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
};
