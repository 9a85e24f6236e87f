import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Scope } from '../../infrastructure/auth/access';

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

/**
 * Rows whose unit path a principal's scope covers: any of its subtrees (each an
 * index range, as above), every row for 'all', none for an empty scope. Written
 * as comparisons rather than boolean literals, which both databases read alike.
 */
export const inScopeOf =
  (column: string, scope: Scope) =>
  (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    if (scope === 'all') return sql<SqlBool>`1 = 1`;
    if (scope.length === 0) return sql<SqlBool>`1 = 0`;
    return eb.or(scope.map((path) => inSubtree(column, path)(eb)));
  };
