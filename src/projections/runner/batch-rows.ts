import type { Kysely } from 'kysely';
import type { RowSource, StoredRow } from './event-rows';
import type { Projection, Row, TableSpec } from './projection';
import { decodeRow, encodeRow } from './projection-tables';
import { physicalTable } from './table-names';

const CHUNK = 200;

/**
 * The rows of one batch: read once from the batch's transaction, kept in memory
 * while the batch's events are applied, written back in one go before commit.
 */
export class BatchRows implements RowSource {
  private readonly cache = new Map<string, Map<string, StoredRow | null>>();
  private readonly dirty = new Map<string, Map<string, StoredRow>>();
  private readonly specs: ReadonlyMap<string, TableSpec>;

  constructor(
    private readonly trx: Kysely<any>,
    private readonly projection: Projection,
    private readonly generation: number,
    private readonly dialect: 'sqlite' | 'postgres',
  ) {
    this.specs = new Map(projection.tables.map((table) => [table.name, table]));
  }

  async load(table: string, id: string): Promise<StoredRow | null> {
    const cached = this.cache.get(table)?.get(id);
    if (cached !== undefined) return cached;
    const raw = await this.trx.selectFrom(this.physical(table)).selectAll().where('id', '=', id).executeTakeFirst();
    const stored = raw ? { row: decodeRow(this.spec(table), raw), lastPosition: String(raw.lastPosition) } : null;
    this.tableCache(this.cache, table).set(id, stored);
    return stored;
  }

  save(table: string, row: Row, position: string): void {
    const stored = { row, lastPosition: position };
    this.tableCache(this.cache, table).set(row.id, stored);
    this.tableCache(this.dirty, table).set(row.id, stored);
  }

  async flush(): Promise<number> {
    let written = 0;
    for (const [table, rows] of this.dirty) {
      const spec = this.spec(table);
      const values = [...rows.values()].map(({ row, lastPosition }) => ({ ...encodeRow(spec, row, this.dialect), lastPosition }));
      const updated = ['lastPosition', ...spec.columns.map((column) => column.name)];
      for (let start = 0; start < values.length; start += CHUNK) {
        await this.trx
          .insertInto(this.physical(table))
          .values(values.slice(start, start + CHUNK))
          .onConflict((conflict) =>
            conflict.column('id').doUpdateSet((eb) => Object.fromEntries(updated.map((column) => [column, eb.ref(`excluded.${column}`)]))),
          )
          .execute();
      }
      written += values.length;
    }
    this.dirty.clear();
    return written;
  }

  private physical(table: string): string {
    return physicalTable(this.projection.name, this.spec(table).name, this.generation);
  }

  private spec(table: string): TableSpec {
    const spec = this.specs.get(table);
    if (!spec) throw new Error(`Projection ${this.projection.name} has no table ${table}`);
    return spec;
  }

  private tableCache<V>(caches: Map<string, Map<string, V>>, table: string): Map<string, V> {
    let rows = caches.get(table);
    if (!rows) caches.set(table, (rows = new Map()));
    return rows;
  }
}
