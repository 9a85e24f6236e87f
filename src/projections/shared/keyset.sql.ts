import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from 'kysely';
import { decodeCursor } from '../../infrastructure/graphql/connection.graphql';
import { validationError } from '../../modules/shared-kernel/domain-error';

/**
 * Keyset paging: a page starts strictly after the last row's sort key instead of
 * at an OFFSET, so deep pages stay cheap and pages stay stable while rows arrive.
 * The sort key columns are text; projection tables compare text byte by byte on
 * both stores, so SQLite and PostgreSQL page alike.
 */

/** The text sort key an `after` cursor carries, checked to be one this list gave out. */
export const cursorKey = (after: string | null | undefined, length: number): string[] | null => {
  const key = decodeCursor(after);
  if (key === null) return null;
  if (key.length !== length || key.some((part) => typeof part !== 'string')) throw validationError('after', 'is not a cursor this list gave out');
  return key as string[];
};

/** Rows strictly beyond `key` in the order of `columns`: `(a > x) OR (a = x AND b > y) …`. */
const afterKey =
  (columns: readonly string[], key: readonly string[], direction: 'asc' | 'desc') =>
  (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    const beyond = direction === 'asc' ? '>' : '<';
    return eb.or(
      columns.map((column, index) =>
        eb.and([...columns.slice(0, index).map((equal, j) => eb(equal, '=', key[j]!)), eb(column, beyond, key[index]!)]),
      ),
    );
  };

/**
 * Orders by `columns` (all one direction) and, given the previous page's last
 * key, starts after it; one place for both, so the filter always matches the order.
 */
export const keysetPage = <Q extends SelectQueryBuilder<any, any, any>>(query: Q, columns: readonly string[], after: readonly string[] | null, direction: 'asc' | 'desc'): Q => {
  let page = after ? query.where(afterKey(columns, after, direction)) : query;
  for (const column of columns) page = page.orderBy(column, direction);
  return page as Q;
};
