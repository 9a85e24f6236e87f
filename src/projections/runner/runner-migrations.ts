import { type Kysely, sql } from 'kysely';

interface Migration {
  readonly version: number;
  readonly up: (db: Kysely<any>) => Promise<void>;
}

/** The read database's own tables; projection tables are made per generation from their specs. */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up: async (db) => {
      await db.schema
        .createTable('projection_state')
        .ifNotExists()
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        // '' is the start of the log; otherwise the store's cursor.
        .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .addColumn('updatedAt', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('projection_state_pk', ['name', 'generation'])
        .execute();
      await db.schema
        .createTable('projection_issues')
        .ifNotExists()
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addColumn('position', 'text', (c) => c.notNull())
        .addColumn('eventId', 'text', (c) => c.notNull())
        .addColumn('eventType', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('recordedAt', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('projection_issues_pk', ['name', 'generation', 'eventId'])
        .execute();
    },
  },
];

export const migrateReadDatabase = async (db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> => {
  await db.transaction().execute(async (trx) => {
    // Two instances starting together must not both migrate.
    if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(hashtext('sijill_read_model_migrations'))`.execute(trx);
    await trx.schema
      .createTable('read_model_migrations')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('appliedAt', 'text', (c) => c.notNull())
      .execute();
    const applied = new Set((await trx.selectFrom('read_model_migrations').select('version').execute()).map((row) => Number(row.version)));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await migration.up(trx);
      await trx.insertInto('read_model_migrations').values({ version: migration.version, appliedAt: new Date().toISOString() }).execute();
    }
  });
};
