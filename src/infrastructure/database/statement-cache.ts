import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Writes longer than this are prepared each time: a multi-row upsert of a
 * rebuild batch compiles to hundreds of kilobytes, comes in many lengths, and a
 * cache of them grew a rebuild's memory by the hundred megabytes.
 */
const LONGEST_CACHED_WRITE = 4_096;
/**
 * Reads are asked again with the same text: a dashboard's table of a region's
 * provinces is one UNION ALL of some 8 kB, and preparing it took three times as
 * long as running it, on every request.
 */
const LONGEST_CACHED_READ = 65_536;

/**
 * better-sqlite3 for Kysely with prepared statements kept by SQL text. Kysely
 * prepares every query anew, and preparing costs more than running most of
 * ours (a read-model row by id, a day bucket upsert): a rebuild spent an eighth
 * of its time there. Safe to share because Kysely's SQLite driver runs one
 * statement at a time on its single connection; the least recently used go first.
 */
export const withStatementCache = (db: Database.Database, capacity = 500): SqliteDatabase => {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      if (sql.length > LONGEST_CACHED_READ) return db.prepare(sql) as unknown as SqliteStatement;
      const cached = statements.get(sql);
      if (cached) {
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = db.prepare(sql) as unknown as SqliteStatement;
      if (sql.length > LONGEST_CACHED_WRITE && !statement.reader) return statement;
      statements.set(sql, statement);
      if (statements.size > capacity) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
};
