import { sql } from 'kysely';
import type { Projection } from '../../src/projections/runner/projection';
import { physicalTable } from '../../src/projections/runner/table-names';
import type { TestApp } from './test-app';

/** Every index (primary keys aside), trigger and full-text structure on a generation's tables, as the database describes them, the generation's number taken out. */
export const indexesOf = async (app: Pick<TestApp, 'readDb'>, projection: Projection, generation: number): Promise<string[]> => {
  const tables = projection.tables.map((table) => physicalTable(projection.name, table.name, generation));
  const statement =
    app.readDb.dialect === 'postgres'
      ? sql<{ text: string }>`SELECT indexdef AS text FROM pg_indexes WHERE tablename IN (${sql.join(tables)}) AND schemaname = current_schema() AND indexname NOT LIKE '%pkey'
          UNION ALL SELECT column_name || ' ' || generation_expression AS text FROM information_schema.columns
            WHERE table_name IN (${sql.join(tables)}) AND table_schema = current_schema() AND is_generated = 'ALWAYS'`
      : sql<{ text: string }>`SELECT type || ' ' || sql AS text FROM sqlite_master WHERE sql IS NOT NULL AND type <> 'table' AND tbl_name IN (${sql.join(tables)})
          UNION ALL SELECT sql AS text FROM sqlite_master WHERE type = 'table' AND name IN (${sql.join(tables.map((table) => `${table}_fts`))})`;
  const { rows } = await statement.execute(app.readDb.db);
  return rows.map((row) => row.text.replaceAll(`_g${generation}`, '_g*')).sort();
};
