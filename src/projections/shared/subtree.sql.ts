import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';

/**
 * A unit alone (`column = path`) or with its whole subtree: `path`, or
 * `path/` ≤ column < `path0` ('0' is the character after '/'). A range, unlike
 * LIKE, is served by an index on the path column. The range relies on text
 * comparing byte by byte, which SQLite always does and which projection tables
 * get in PostgreSQL from their `COLLATE "C"` columns (runner/projection-tables.ts).
 */
export const inSubtree =
  (column: string, path: string, includeDescendants = true) =>
  (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    if (!includeDescendants) return eb(column, '=', path);
    return eb.or([eb(column, '=', path), eb.and([eb(column, '>=', `${path}/`), eb(column, '<', `${path}0`)])]);
  };
