import { type Expression, type ExpressionBuilder, type SelectQueryBuilder, sql, type SqlBool } from 'kysely';
import { decodeCursor } from '../../infrastructure/graphql/connection.graphql';
import { validationError } from '../../modules/shared-kernel/domain-error';

/**
 * Query pieces the meetings and resolutions lists share. Text that is compared by
 * range (paths, ids) is compared byte-wise in PostgreSQL too, so both stores order
 * and page alike whatever the database's collation.
 */
export type Dialect = 'sqlite' | 'postgres';

export const bytewise = (column: string, dialect: Dialect): Expression<string> =>
  dialect === 'postgres' ? sql<string>`${sql.ref(column)} COLLATE "C"` : sql<string>`${sql.ref(column)}`;

/** `path` itself, or `path` and everything under it: '0' is the character after '/'. */
export const withinUnit =
  (column: string, path: string, includeDescendants: boolean, dialect: Dialect) =>
  (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    if (!includeDescendants) return eb(column, '=', path);
    const text = bytewise(column, dialect);
    return eb.or([eb(column, '=', path), eb.and([eb(text, '>=', `${path}/`), eb(text, '<', `${path}0`)])]);
  };

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Inclusive day bounds on a 'YYYY-MM-DD' column; the typed error names the argument. */
export const withinDays = <Q extends SelectQueryBuilder<any, any, any>>(query: Q, column: string, from: string | null | undefined, to: string | null | undefined): Q => {
  let bounded = query;
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (value !== null && value !== undefined && !LOCAL_DATE.test(value)) throw validationError(field, 'must be a date, YYYY-MM-DD');
  }
  if (from) bounded = bounded.where(column, '>=', from) as Q;
  if (to) bounded = bounded.where(column, '<=', to) as Q;
  return bounded;
};

/** The sort key a newest-first cursor carries: the row's day, then its id. */
export const newestFirstCursor = (after: string | null | undefined): readonly [string, string] | null => {
  const key = decodeCursor(after);
  if (key === null) return null;
  if (key.length !== 2 || typeof key[0] !== 'string' || typeof key[1] !== 'string') throw validationError('after', 'is not a cursor this list gave out');
  return [key[0], key[1]];
};

/** Orders by day then id, both descending, and starts after the cursor's row (keyset: no OFFSET). */
export const newestFirst = <Q extends SelectQueryBuilder<any, any, any>>(query: Q, dayColumn: string, after: readonly [string, string] | null, dialect: Dialect): Q => {
  const id = bytewise('id', dialect);
  let page = query;
  if (after) {
    const [day, lastId] = after;
    page = page.where((eb) => eb.or([eb(dayColumn, '<', day), eb.and([eb(dayColumn, '=', day), eb(id, '<', lastId)])])) as Q;
  }
  return page.orderBy(dayColumn, 'desc').orderBy(id, 'desc') as Q;
};

/** better-sqlite3 binds no booleans; the projection stored them as 0/1 there. */
export const booleanValue = (value: boolean, dialect: Dialect): boolean | number => (dialect === 'sqlite' ? (value ? 1 : 0) : value);
