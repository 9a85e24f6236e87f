import type { Pool } from 'pg';
import { createSchemaWithin } from '../../database/postgres-schema';

interface Migration {
  readonly version: number;
  readonly name: string;
  /** `$schema` stands for the quoted schema name. */
  readonly sql: string;
}

/** Append-only: a released migration is never edited, a change is a new version. */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'create the event log',
    // json, not jsonb: the text the writer sent is kept exactly (key order, Unicode escapes, \u0000).
    // unit_path is COLLATE "C" so the prefix filter's byte range matches the index order.
    sql: `
      CREATE TABLE $schema.log_head (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        position bigint NOT NULL
      );
      INSERT INTO $schema.log_head (singleton, position) VALUES (true, 0);
      CREATE TABLE $schema.streams (
        stream_id text PRIMARY KEY,
        revision integer NOT NULL
      );
      CREATE TABLE $schema.events (
        position bigint PRIMARY KEY,
        id text NOT NULL UNIQUE,
        stream_id text NOT NULL,
        category text NOT NULL,
        revision integer NOT NULL,
        type text NOT NULL,
        schema_version integer NOT NULL,
        data json NOT NULL,
        metadata json NOT NULL,
        unit_path text COLLATE "C" NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (stream_id, revision)
      );
      CREATE INDEX events_type_position ON $schema.events (type, position);
      CREATE INDEX events_category_position ON $schema.events (category, position);
      CREATE INDEX events_unit_path_position ON $schema.events (unit_path, position);
    `,
  },
];

/**
 * Runs the missing migrations in one transaction under an advisory lock keyed by
 * the schema, so processes starting together wait for each other and the later
 * ones find nothing left to do.
 */
export const migratePostgres = async (pool: Pool, schema: string, quotedSchema: string): Promise<void> => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sijill.event-store.migrations:${schema}`]);
    await createSchemaWithin(client, schema);
    await client.query(`CREATE TABLE IF NOT EXISTS ${quotedSchema}.schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${quotedSchema}.schema_migrations`);
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql.replaceAll('$schema', quotedSchema));
      await client.query(`INSERT INTO ${quotedSchema}.schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
};
