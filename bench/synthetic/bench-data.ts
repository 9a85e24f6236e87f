import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Pool } from 'pg';
import { dirname, join } from 'node:path';
import { PROJECTIONS } from '../../src/projections/projections';

/** The repository: found from here up, so this works from bench/ and from dist-bench/bench/ alike. */
const findRoot = (from: string): string => {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'reference'))) return folder;
    if (dirname(folder) === folder) throw new Error(`No repository above ${from}`);
  }
};

export const ROOT = findRoot(__dirname);
/** The compiled service and CLI (`npm run bench` compiles src/ beside bench/). */
export const SERVICE_MAIN = join(ROOT, 'dist-bench', 'src', 'main.js');
export const CLI_MAIN = join(ROOT, 'dist-bench', 'src', 'cli', 'main.js');

/** Every benchmark reads the same histories: seed 1, from 2021 to mid-2026. */
export const BENCH_HISTORY = { seed: 1, fromYear: 2021, until: '2026-06-30' } as const;
// A fixed master key for throwaway benchmark data only, so every process opens the same names.
export const BENCH_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

/** Sizes in events, from BENCH_SIZES (e.g. "10000,100000"); 10k, 100k and 1M by default, as the targets are set at 1M. */
export const benchSizes = (): number[] =>
  (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map((size) => Number(size.trim().replace(/_/g, ''))).filter((size) => size > 0);

export const sizeLabel = (events: number): string =>
  events >= 1_000_000 && events % 1_000_000 === 0 ? `${events / 1_000_000}M` : events >= 1_000 && events % 1_000 === 0 ? `${events / 1_000}k` : String(events);

/** Generated files live under data/ (never committed); BENCH_DATA_DIR moves them. */
export const benchDataDir = (): string => {
  const dir = process.env.BENCH_DATA_DIR ?? join(ROOT, 'data', 'bench');
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** The environment of a service or CLI process on a SQLite file: production mode, no anchors, quiet logs. */
export const serviceEnv = (sqlitePath: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  SIJILL_EVENT_STORE: 'sqlite',
  SQLITE_PATH: sqlitePath,
  SIJILL_MASTER_KEY: BENCH_MASTER_KEY,
  SIJILL_ANCHOR_EVERY: '0',
  LOG_LEVEL: 'warn',
  ...extra,
});

export interface NodeRun {
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a Node script to its end; a non-zero exit rejects with the end of its stderr. */
export const runNode = (args: readonly string[], env: NodeJS.ProcessEnv): Promise<NodeRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(-2_000)}`))));
  });

/**
 * A SQLite file holding the benchmark history of `events` events, seeded once
 * through `seed synthetic` and kept for later runs (an interrupted seeding resumes).
 */
export const seededStore = async (events: number): Promise<string> => {
  const path = join(benchDataDir(), `synthetic-${events}.db`);
  const done = `${path}.seeded`;
  if (existsSync(done)) return path;
  const { seed, fromYear, until } = BENCH_HISTORY;
  const started = Date.now();
  await runNode([CLI_MAIN, 'seed', 'synthetic', '--events', String(events), '--seed', String(seed), '--from-year', String(fromYear), '--until', until], serviceEnv(path));
  writeFileSync(done, `${new Date().toISOString()} ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return path;
};

/** The read models' names and versions: a file built by other versions would be rebuilt by the service while it is measured. */
export const READ_MODELS = PROJECTIONS.map((projection) => `${projection.name}@${projection.version}`).join(' ');

export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The environment of a service or CLI process on a PostgreSQL schema holding both the store and the read models. */
export const postgresEnv = (schema: string): NodeJS.ProcessEnv => ({
  ...serviceEnv(join(benchDataDir(), 'unused.db')),
  SIJILL_EVENT_STORE: 'postgres',
  DATABASE_URL: BENCH_DATABASE_URL,
  DATABASE_SCHEMA: schema,
});

/**
 * A PostgreSQL schema holding the benchmark history of `events` events, seeded once
 * through `seed synthetic`; its read models are rebuilt into new generations beside
 * the old ones, so the schema is kept between runs. Null when PostgreSQL is unreachable.
 */
export const seededPostgres = async (events: number): Promise<string | null> => {
  const schema = `bench_synthetic_${events}`;
  const done = join(benchDataDir(), `postgres-${events}.seeded`);
  const pool = new Pool({ connectionString: BENCH_DATABASE_URL, max: 1 });
  try {
    const { rows } = await pool.query<{ present: boolean }>('SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = $1) AS present', [schema]);
    if (existsSync(done) && readFileSync(done, 'utf8') === schema && rows[0]?.present) return schema;
    // A schema without the marker is a run that failed half-way, or another history: start again.
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    // Made here: the store and the read database, opening together on a missing schema, would both try to create it.
    await pool.query(`CREATE SCHEMA ${schema}`);
  } catch {
    return null;
  } finally {
    await pool.end();
  }
  const { seed, fromYear, until } = BENCH_HISTORY;
  await runNode([CLI_MAIN, 'seed', 'synthetic', '--events', String(events), '--seed', String(seed), '--from-year', String(fromYear), '--until', until], postgresEnv(schema));
  writeFileSync(done, schema);
  return schema;
};

/** Copies a closed SQLite database (and its log, if any) over `to`. */
export const copyDatabase = (from: string, to: string): void => {
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(`${to}${suffix}`, { force: true });
    if (existsSync(`${from}${suffix}`)) copyFileSync(`${from}${suffix}`, `${to}${suffix}`);
  }
};
