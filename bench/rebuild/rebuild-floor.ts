import Database from 'better-sqlite3';
import { PROJECTIONS } from '../../src/projections/projections';
import { physicalTable } from '../../src/projections/runner/table-names';

export interface FloorOutcome {
  readonly seconds: number;
  /** Rows of every active read-model table. */
  readonly rows: number;
  /** Bytes of the database file taken by those tables and their indexes (FTS included). */
  readonly bytes: number;
}

const quoted = (name: string): string => `"${name}"`;

/**
 * What SQLite alone takes to write the read models' final rows: every table of
 * the active generations copied by `INSERT … SELECT` into an empty twin, then given
 * the same indexes (and the search index rebuilt over it), one transaction
 * per table, on the same connection settings as the service. A rebuild writes at
 * least this (it also rewrites rows as later events change them), so this time
 * bounds its speed from below whatever the code around it does. The twins are
 * dropped afterwards.
 */
export const rewriteFloor = (path: string): FloorOutcome => {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('secure_delete = ON');
    const active = new Map((db.prepare("SELECT name, generation FROM projection_state WHERE status = 'active'").all() as Array<{ name: string; generation: number }>).map((row) => [row.name, row.generation]));
    const schema = db.prepare('SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master WHERE sql IS NOT NULL').all() as Array<{ type: string; name: string; tableName: string; sql: string }>;
    const tables = PROJECTIONS.flatMap((projection) => projection.tables.map((table) => physicalTable(projection.name, table.name, active.get(projection.name) ?? 0)));
    let rows = 0;
    let seconds = 0;
    const twins: string[] = [];
    for (const table of tables) {
      const twin = `${table}_floor`;
      // The table's name and its indexes' (`<table>_i0` …), each renamed once.
      const named = new RegExp(`"${table}(_[a-z0-9_]*)?"`, 'g');
      const rename = (sql: string): string => sql.replace(named, (_match, suffix: string | undefined) => quoted(`${twin}${suffix ?? ''}`));
      const create = schema.find((entry) => entry.type === 'table' && entry.name === table);
      if (!create) continue;
      db.exec(`DROP TABLE IF EXISTS ${quoted(twin)}`);
      db.exec(rename(create.sql));
      const indexes = schema.filter((entry) => entry.type === 'index' && entry.tableName === table);
      const fts = schema.find((entry) => entry.type === 'table' && entry.name === `${table}_fts`);
      if (fts) db.exec(fts.sql.replace(`${table}_fts`, `${twin}_fts`).replace(`content='${table}'`, `content='${twin}'`));
      twins.push(twin);
      const started = process.hrtime.bigint();
      db.transaction(() => {
        rows += db.prepare(`INSERT INTO ${quoted(twin)} SELECT * FROM ${quoted(table)}`).run().changes;
        // Indexed after the copy, as a rebuild indexes its tables once they are full.
        for (const index of indexes) db.exec(rename(index.sql));
        if (fts) db.prepare(`INSERT INTO ${quoted(`${twin}_fts`)}(${quoted(`${twin}_fts`)}) VALUES ('rebuild')`).run();
      })();
      seconds += Number(process.hrtime.bigint() - started) / 1e9;
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = (db.prepare("SELECT COALESCE(SUM(pgsize), 0) AS bytes FROM dbstat WHERE name LIKE '%\\_floor%' ESCAPE '\\'").get() as { bytes: number }).bytes;
    for (const twin of twins) {
      db.exec(`DROP TABLE IF EXISTS ${quoted(`${twin}_fts`)}`);
      db.exec(`DROP TABLE ${quoted(twin)}`);
    }
    return { seconds, rows, bytes };
  } finally {
    db.close();
  }
};
