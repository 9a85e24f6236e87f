import { type Kysely, sql } from 'kysely';
import type { ProjectionExtras } from '../runner/projection';
import { physicalTable } from '../runner/table-names';

const SAFE_NAME = /^[a-z0-9_]+$/;

/** SQLite: the FTS5 table over a documents table. */
export const ftsTableOf = (documents: string): string => {
  if (!SAFE_NAME.test(documents)) throw new Error(`Unexpected table name ${documents}`);
  return `${documents}_fts`;
};

const searchTables = (generation: number): { documents: string; fts: string } => {
  const documents = physicalTable('search', 'documents', generation);
  return { documents, fts: ftsTableOf(documents) };
};

/** PostgreSQL: the tsvector column over `terms`, indexed with GIN. */
export const SEARCH_VECTOR = 'searchVector';

/**
 * Full-text structures over the documents table's `terms`, the same term strings on
 * both stores so both find the same documents: the application folds and stems
 * (text/), and the databases only look terms up.
 *
 * SQLite: an FTS5 table with the documents table as external content, kept in step
 * by triggers on the runner's upserts; its tokenizer keeps each term whole (terms are
 * letters and digits only, already lower case and without marks).
 *
 * PostgreSQL: a stored generated tsvector of exactly those terms (array_to_tsvector:
 * no parser, no dictionary may re-split or re-stem them) with a GIN index. The terms
 * already carry the Snowball Arabic stems PostgreSQL's own `arabic` configuration
 * would give, plus French and English stems it could not choose between.
 */
export const searchIndex: ProjectionExtras = {
  async create(db: Kysely<any>, dialect: 'sqlite' | 'postgres', generation: number): Promise<void> {
    const { documents, fts } = searchTables(generation);
    if (dialect === 'postgres') {
      await sql
        .raw(`ALTER TABLE "${documents}" ADD COLUMN IF NOT EXISTS "${SEARCH_VECTOR}" tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array("terms", ' '))) STORED`)
        .execute(db);
      await sql.raw(`CREATE INDEX IF NOT EXISTS "${documents}_vector" ON "${documents}" USING GIN ("${SEARCH_VECTOR}")`).execute(db);
      return;
    }
    const existed = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ${fts}`.execute(db);
    await sql
      .raw(`CREATE VIRTUAL TABLE IF NOT EXISTS "${fts}" USING fts5(terms, content='${documents}', tokenize='unicode61 remove_diacritics 0')`)
      .execute(db);
    const insert = `INSERT INTO "${fts}"(rowid, terms) VALUES (new.rowid, new.terms);`;
    const remove = `INSERT INTO "${fts}"("${fts}", rowid, terms) VALUES ('delete', old.rowid, old.terms);`;
    // A document's old terms are removed from the index in place, not left behind a delete marker until a merge: an erased name leaves no term.
    await sql.raw(`INSERT INTO "${fts}"("${fts}", rank) VALUES ('secure-delete', 1)`).execute(db);
    await sql.raw(`CREATE TRIGGER IF NOT EXISTS "${fts}_ai" AFTER INSERT ON "${documents}" BEGIN ${insert} END`).execute(db);
    await sql.raw(`CREATE TRIGGER IF NOT EXISTS "${fts}_ad" AFTER DELETE ON "${documents}" BEGIN ${remove} END`).execute(db);
    await sql.raw(`CREATE TRIGGER IF NOT EXISTS "${fts}_au" AFTER UPDATE ON "${documents}" BEGIN ${remove} ${insert} END`).execute(db);
    // Made over documents written before it existed: index those too.
    if (existed.rows.length === 0) await sql.raw(`INSERT INTO "${fts}"("${fts}") VALUES ('rebuild')`).execute(db);
  },

  async drop(db: Kysely<any>, generation: number): Promise<void> {
    // SQLite's triggers and PostgreSQL's column and index go with the documents table.
    await sql.raw(`DROP TABLE IF EXISTS "${searchTables(generation).fts}"`).execute(db);
  },
};
