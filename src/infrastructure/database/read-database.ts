import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Pool } from 'pg';
import { createSchemaWithin } from './postgres-schema';
import { writeTurnsFor } from './sqlite-write-lock';
import { withStatementCache } from './statement-cache';

export type ReadDatabaseTarget =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema?: string };

/** The read-model database: SQLite or PostgreSQL behind one Kysely instance. */
export interface ReadDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  // Read-model tables are created per projection generation at run time, so there is no static schema type.
  readonly db: Kysely<any>;
  /** Runs a multi-statement write so that no in-process writer of the same file interleaves. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const READ_DATABASE = Symbol('READ_DATABASE');

export const openReadDatabase = async (target: ReadDatabaseTarget): Promise<ReadDatabase> => {
  if (target.kind === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    const sqlite = new Database(target.path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // The store may hold the write lock for an append; wait for it rather than fail.
    sqlite.pragma('busy_timeout = 5000');
    // Freed pages and cells are zeroed: an erased name or destroyed key does not linger in free space.
    sqlite.pragma('secure_delete = ON');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    const turns = writeTurnsFor(target.path);
    return { dialect: 'sqlite', db, exclusive: (work) => (turns ? turns.run(work) : work()), close: () => db.destroy() };
  }
  const schema = target.schema ?? 'public';
  const setup = new Pool({ connectionString: target.connectionString, max: 1 });
  const client = await setup.connect();
  try {
    await client.query('BEGIN');
    await createSchemaWithin(client, schema);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
    await setup.end();
  }
  const pool = new Pool({ connectionString: target.connectionString, max: 10, options: `-c search_path="${schema}"` });
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  return { dialect: 'postgres', db, exclusive: (work) => work(), close: () => db.destroy() };
};
