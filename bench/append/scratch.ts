import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFreshSchema, FreshSchema } from '../../src/infrastructure/database/fresh-schema';

export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh database file in its own directory; `drop` removes the directory (WAL and all). */
export const scratchSqlite = (): { path: string; drop: () => void } => {
  const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'sijill-bench-'));
  return { path: join(dir, 'bench.db'), drop: () => rmSync(dir, { recursive: true, force: true }) };
};

/** A fresh PostgreSQL schema per contender per run, dropped after. */
export const scratchSchema = (): Promise<FreshSchema> => createFreshSchema(BENCH_DATABASE_URL, 'bench');

/** The connection string with `search_path` set, for code that names no schema. */
export const withSearchPath = (schema: string): string =>
  `${BENCH_DATABASE_URL}${BENCH_DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
