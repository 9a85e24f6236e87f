import { type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * "A unit and its descendants" as an index-friendly range, no LIKE: `p`, or
 * `p/` ≤ path < `p0` ('0' follows '/'). PostgreSQL must compare bytewise (C
 * collation) for that range to hold; SQLite always does.
 */
export const inSubtree = (dialect: 'sqlite' | 'postgres', column: string, path: string, includeDescendants: boolean): RawBuilder<SqlBool> => {
  const exact = sql<SqlBool>`${sql.ref(column)} = ${path}`;
  if (!includeDescendants) return exact;
  const bytewise = dialect === 'postgres' ? sql`${sql.ref(column)} COLLATE "C"` : sql.ref(column);
  return sql<SqlBool>`(${exact} OR (${bytewise} >= ${`${path}/`} AND ${bytewise} < ${`${path}0`}))`;
};
