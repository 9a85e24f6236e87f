import { type Kysely, sql } from 'kysely';
import type { ColumnSpec, Projection, Row, TableSpec } from './projection';
import { physicalTable } from './table-names';

// PostgreSQL compares text by byte like SQLite does: the same order on both stores,
// and unit-path prefix ranges (`p/` ≤ path < `p0`) that its indexes can serve.
const BINARY_TEXT = sql`text COLLATE "C"`;

const sqlType = (type: ColumnSpec['type'], dialect: 'sqlite' | 'postgres') => {
  if (type === 'json' || type === 'text') return dialect === 'postgres' ? BINARY_TEXT : 'text';
  if (type === 'boolean') return dialect === 'sqlite' ? 'integer' : 'boolean';
  return type;
};

export interface TableOptions {
  /**
   * Tables and primary keys only: for a generation folded from an empty start, whose
   * secondary indexes and extras (the search index) are made once, over all its rows,
   * by `indexProjectionTables` before it answers queries. Folding reads rows by primary
   * key only, and an index built over a finished table costs a fraction of one kept up
   * row by row (measured in docs/benchmarks.md).
   */
  readonly deferIndexes?: boolean;
}

/** Creates a generation's tables and, unless deferred, its indexes; safe to repeat. */
export const createProjectionTables = async (
  db: Kysely<any>,
  dialect: 'sqlite' | 'postgres',
  projection: Projection,
  generation: number,
  options: TableOptions = {},
): Promise<void> => {
  await db.transaction().execute(async (trx) => {
    await lockTables(trx, dialect, projection);
    for (const table of projection.tables) {
      const name = physicalTable(projection.name, table.name, generation);
      let create = trx.schema
        .createTable(name)
        .ifNotExists()
        .addColumn('id', sqlType('text', dialect), (c) => c.primaryKey())
        .addColumn('lastPosition', 'text', (c) => c.notNull());
      for (const column of table.columns) {
        create = create.addColumn(column.name, sqlType(column.type, dialect), (c) => (column.nullable ? c : c.notNull()));
      }
      await create.execute();
      if (!options.deferIndexes) await createIndexes(trx, name, table);
    }
    if (!options.deferIndexes) await projection.extras?.create(trx, dialect, generation);
  });
};

/**
 * The indexes and extras `deferIndexes` left out, made over the rows folded since;
 * safe to repeat. One transaction per table, so that a service writing to the same
 * SQLite file waits for one index build at a time, never for all of them.
 */
export const indexProjectionTables = async (
  db: Kysely<any>,
  dialect: 'sqlite' | 'postgres',
  projection: Projection,
  generation: number,
  /** Wraps each transaction; see ReadDatabase.exclusive. */
  exclusive: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
): Promise<void> => {
  const inTransaction = (work: (trx: Kysely<any>) => Promise<void>): Promise<void> =>
    exclusive(() =>
      db.transaction().execute(async (trx) => {
        await lockTables(trx, dialect, projection);
        await work(trx);
      }),
    );
  for (const table of projection.tables) await inTransaction((trx) => createIndexes(trx, physicalTable(projection.name, table.name, generation), table));
  const extras = projection.extras;
  if (extras) await inTransaction((trx) => extras.create(trx, dialect, generation));
};

/** PostgreSQL: two processes making the same table or index at once would collide in its catalog. */
const lockTables = async (trx: Kysely<any>, dialect: 'sqlite' | 'postgres', projection: Projection): Promise<void> => {
  if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(hashtext(${`sijill_tables_${projection.name}`}))`.execute(trx);
};

const createIndexes = async (trx: Kysely<any>, name: string, table: TableSpec): Promise<void> => {
  for (const [index, columns] of (table.indexes ?? []).entries()) {
    await trx.schema.createIndex(`${name}_i${index}`).ifNotExists().on(name).columns([...columns]).execute();
  }
};

export const dropProjectionTables = async (db: Kysely<any>, projection: Projection, generation: number): Promise<void> => {
  await projection.extras?.drop(db, generation);
  for (const table of projection.tables) {
    await db.schema.dropTable(physicalTable(projection.name, table.name, generation)).ifExists().execute();
  }
};

/** Column values as stored → as the projection wrote them. */
export const decodeRow = <R extends Row>(table: TableSpec, raw: Record<string, unknown>): R => {
  const row: Record<string, unknown> = { id: raw.id };
  for (const column of table.columns) {
    const value = raw[column.name];
    if (value === null || value === undefined) row[column.name] = null;
    else if (column.type === 'json') row[column.name] = JSON.parse(value as string);
    else if (column.type === 'boolean') row[column.name] = value === true || value === 1;
    else if (column.type === 'integer') row[column.name] = Number(value);
    else row[column.name] = value;
  }
  return row as R;
};

/** A row as the projection wrote it → column values to store. */
export const encodeRow = (table: TableSpec, row: Row, dialect: 'sqlite' | 'postgres'): Record<string, unknown> => {
  const values: Record<string, unknown> = { id: row.id };
  for (const column of table.columns) {
    const value = (row as unknown as Record<string, unknown>)[column.name];
    if (value === null || value === undefined) values[column.name] = null;
    else if (column.type === 'json') values[column.name] = JSON.stringify(value);
    else if (column.type === 'boolean') values[column.name] = dialect === 'sqlite' ? (value ? 1 : 0) : Boolean(value);
    else values[column.name] = value;
  }
  return values;
};
