/**
 * A boolean literal as a projection column stores it. better-sqlite3 binds no
 * booleans, so the runner stores them as 0/1 in SQLite (encodeRow in
 * runner/projection-tables.ts); PostgreSQL has a real boolean column.
 */
export const booleanValue = (dialect: 'sqlite' | 'postgres', value: boolean): boolean | number => (dialect === 'sqlite' ? Number(value) : value);
