import { type Expression, type ExpressionBuilder, sql, type SqlBool } from 'kysely';

export type ReadDialect = 'sqlite' | 'postgres';

/**
 * A text column compared byte by byte. PostgreSQL compares text by the database's
 * collation, under which '/' and '-' may not sort where the path-prefix ranges and
 * keyset cursors expect; "C" makes both stores order text the same way.
 */
export const textColumn = (dialect: ReadDialect, column: string): Expression<string> =>
  dialect === 'postgres' ? sql<string>`${sql.ref(column)} COLLATE "C"` : sql<string>`${sql.ref(column)}`;

/**
 * A unit and its descendants: `path = p`, or `p/ <= path < p0` ('0' is the character
 * after '/'), a range an index on the path column serves, unlike LIKE.
 */
export const inSubtree =
  (dialect: ReadDialect, column: string, path: string) =>
  (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    const ref = textColumn(dialect, column);
    return eb.or([eb(ref, '=', path), eb.and([eb(ref, '>=', `${path}/`), eb(ref, '<', `${path}0`)])]);
  };

/** A boolean literal as the column stores it: SQLite keeps booleans as 0/1. */
export const booleanValue = (dialect: ReadDialect, value: boolean): boolean | number => (dialect === 'sqlite' ? Number(value) : value);
