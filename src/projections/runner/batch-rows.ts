import { CompiledQuery, type Kysely } from 'kysely';
import type { RowSource, StoredRow } from './event-rows';
import type { Projection, Row, TableSpec } from './projection';
import { decodeRow, encodeRow } from './projection-tables';
import { type RowCache, rowKey } from './row-cache';
import { physicalTable } from './table-names';

/**
 * The rows of one batch: read once from the batch's transaction (or from what
 * earlier batches left in `known`), kept in memory while the batch's events are
 * applied, written back in a few statements before commit.
 */
export class BatchRows implements RowSource {
  /** Every row this batch read or wrote, by key, in the order last touched. */
  private readonly touched = new Map<string, StoredRow | null>();
  private readonly dirty = new Map<string, Map<string, StoredRow>>();
  private readonly specs: ReadonlyMap<string, TableSpec>;

  constructor(
    private readonly trx: Kysely<any>,
    private readonly projection: Projection,
    private readonly generation: number,
    private readonly dialect: 'sqlite' | 'postgres',
    private readonly known?: RowCache,
  ) {
    this.specs = new Map(projection.tables.map((table) => [table.name, table]));
  }

  async load(table: string, id: string): Promise<StoredRow | null> {
    const key = rowKey(table, id);
    const mine = this.touched.get(key);
    if (mine !== undefined) return mine;
    let stored = this.known?.lookup(key);
    if (stored === undefined) {
      const raw = await this.trx.selectFrom(this.physical(table)).selectAll().where('id', '=', id).executeTakeFirst();
      stored = raw ? { row: decodeRow(this.spec(table), raw), lastPosition: String(raw.lastPosition) } : null;
    }
    this.touched.set(key, stored);
    return stored;
  }

  save(table: string, row: Row, position: string): void {
    const stored = { row, lastPosition: position };
    const key = rowKey(table, row.id);
    this.touched.delete(key);
    this.touched.set(key, stored);
    let rows = this.dirty.get(table);
    if (!rows) this.dirty.set(table, (rows = new Map()));
    rows.set(row.id, stored);
  }

  async flush(): Promise<number> {
    let written = 0;
    for (const [table, rows] of this.dirty) {
      await this.upsert(table, [...rows.values()]);
      written += rows.size;
    }
    return written;
  }

  /** Hands the batch's rows to `known`, once its transaction committed at `position`. */
  committed(position: string): void {
    const written = [...this.dirty].flatMap(([table, rows]) => [...rows.keys()].map((id) => rowKey(table, id)));
    this.known?.committed(position, this.touched, written);
  }

  /**
   * Writes rows with one statement text per table and row count, so each is
   * prepared once and reused: full chunks, then the rest one row at a time.
   */
  private async upsert(table: string, rows: readonly StoredRow[]): Promise<void> {
    const spec = this.spec(table);
    const columns = ['id', 'lastPosition', ...spec.columns.map((column) => column.name)];
    const values = rows.map(({ row, lastPosition }) => {
      const encoded = encodeRow(spec, row, this.dialect);
      encoded.lastPosition = lastPosition;
      return columns.map((column) => encoded[column]);
    });
    const chunk = this.upsertText(table, columns, 0);
    let start = 0;
    for (; start + chunk.rows <= values.length; start += chunk.rows) {
      await this.trx.executeQuery(CompiledQuery.raw(chunk.sql, values.slice(start, start + chunk.rows).flat()));
    }
    if (start === values.length) return;
    const single = this.upsertText(table, columns, 1);
    for (; start < values.length; start++) await this.trx.executeQuery(CompiledQuery.raw(single.sql, values[start]!));
  }

  /** The upsert of `rows` rows into a table (0: as many as fit one cached statement). */
  private upsertText(table: string, columns: readonly string[], rows: number): UpsertText {
    const physical = this.physical(table);
    const cacheKey = `${this.dialect} ${physical} ${rows}`;
    const cached = UPSERTS.get(cacheKey);
    if (cached) return cached;
    const compile = (count: number): string => {
      const placeholder = Object.fromEntries(columns.map((column) => [column, null]));
      const compiled = this.trx
        .insertInto(physical)
        .values(Array.from({ length: count }, () => placeholder))
        .onConflict((conflict) =>
          conflict.column('id').doUpdateSet((eb) => Object.fromEntries(columns.filter((c) => c !== 'id').map((column) => [column, eb.ref(`excluded.${column}`)]))),
        )
        .compile();
      if (compiled.parameters.length !== count * columns.length) throw new Error(`Upsert into ${physical} compiled to an unexpected shape`);
      return compiled.sql;
    };
    let count = rows;
    if (count === 0) {
      const one = compile(1).length;
      const perRow = compile(2).length - one;
      count = Math.max(1, Math.min(MAX_CHUNK[this.dialect], Math.floor((CACHED_TEXT - (one - perRow)) / perRow)));
    }
    const text = { sql: compile(count), rows: count };
    UPSERTS.set(cacheKey, text);
    return text;
  }

  private physical(table: string): string {
    return physicalTable(this.projection.name, this.spec(table).name, this.generation);
  }

  private spec(table: string): TableSpec {
    const spec = this.specs.get(table);
    if (!spec) throw new Error(`Projection ${this.projection.name} has no table ${table}`);
    return spec;
  }
}

interface UpsertText {
  readonly sql: string;
  readonly rows: number;
}

// Statement texts are few (two per table and generation) and kept for the process.
const UPSERTS = new Map<string, UpsertText>();
// SQLite keeps prepared statements up to this length (see statement-cache.ts); PostgreSQL pays a round trip per statement instead.
const CACHED_TEXT = 4_000;
const MAX_CHUNK = { sqlite: 100, postgres: 400 } as const;
