import { Injectable } from '@nestjs/common';
import type { Scope } from '../../infrastructure/auth/access';
import { type RawBuilder, sql } from 'kysely';
import { ReadModels } from '../runner/read-models';
import { unitPathOrNotFound } from '../shared/unit-path';
import type { SearchKind } from './search.documents';
import { DOCUMENTS, type SearchDocumentRow, searchProjection, UNITS } from './search.projection';
import type { Candidate } from './search.ranking';
import { ftsTableOf, SEARCH_VECTOR } from './search-index.sql';
import type { QueryWord } from './text/query';

export type SearchCandidate = Candidate & Pick<SearchDocumentRow, 'kind' | 'entityId' | 'unitId' | 'unitPath'>;

/**
 * How many matching documents are ranked, newest first: a query matching more is
 * ranked over its most recent ones (ask a narrower unit or fewer kinds for the rest).
 */
export const MAX_CANDIDATES = 2000;

export interface CandidateQuery {
  readonly unitPath: string;
  readonly includeDescendants: boolean;
  readonly kinds: readonly SearchKind[];
  readonly words: readonly QueryWord[];
}

/** FTS5 syntax: every word, each as any of its terms; terms are quoted so none reads as an operator. */
const ftsMatch = (words: readonly QueryWord[]): string => words.map((word) => `(${word.terms.map((term) => `"${term}"`).join(' OR ')})`).join(' AND ');

/** tsquery syntax, the same logic; terms are letters and digits only, so quoting is enough. */
const tsQuery = (words: readonly QueryWord[]): string => words.map((word) => `(${word.terms.map((term) => `'${term}'`).join(' | ')})`).join(' & ');

/** The search read model's queries: its own tables only. */
@Injectable()
export class SearchReader {
  constructor(private readonly readModels: ReadModels) {}

  /** The unit's path; ORG_UNIT.NOT_FOUND when it is unknown or outside `scope`. */
  unitPath(unitId: string, scope: Scope): Promise<string> {
    return unitPathOrNotFound(this.readModels, searchProjection, UNITS, unitId, scope);
  }

  /** Documents holding every word, in scope: the same set, in the same order, on both stores. */
  async candidates(query: CandidateQuery): Promise<SearchCandidate[]> {
    if (query.kinds.length === 0 || query.words.length === 0) return [];
    const documents = await this.readModels.table(searchProjection, DOCUMENTS);
    const d = (column: string): RawBuilder<unknown> => sql.ref(`d.${column}`);
    const { unitPath } = query;
    const inScope = query.includeDescendants
      ? sql`(${d('unitPath')} = ${unitPath} OR (${d('unitPath')} >= ${`${unitPath}/`} AND ${d('unitPath')} < ${`${unitPath}0`}))`
      : sql`${d('unitPath')} = ${unitPath}`;
    const columns = sql.join(['id', 'kind', 'entityId', 'unitId', 'unitPath', 'date', 'titleSeq', 'bodySeq'].map(d));
    const filter = sql`${inScope} AND ${d('kind')} IN (${sql.join([...query.kinds])}) ORDER BY ${d('date')} DESC, ${d('id')} ASC LIMIT ${MAX_CANDIDATES}`;
    const statement =
      this.readModels.dialect === 'postgres'
        ? sql<SearchCandidate>`SELECT ${columns} FROM ${sql.table(documents)} AS d WHERE ${d(SEARCH_VECTOR)} @@ CAST(${tsQuery(query.words)} AS tsquery) AND ${filter}`
        : sql<SearchCandidate>`SELECT ${columns} FROM ${sql.table(ftsTableOf(documents))} JOIN ${sql.table(documents)} AS d ON d.rowid = ${sql.table(ftsTableOf(documents))}.rowid
            WHERE ${sql.table(ftsTableOf(documents))} MATCH ${ftsMatch(query.words)} AND ${filter}`;
    return (await statement.execute(this.readModels.db)).rows;
  }

  /** Full documents (texts and titles) by id, in no particular order. */
  async documents(ids: readonly string[]): Promise<SearchDocumentRow[]> {
    if (ids.length === 0) return [];
    return this.readModels.select<SearchDocumentRow>(searchProjection, DOCUMENTS, (query) => query.where('id', 'in', [...ids]));
  }
}
