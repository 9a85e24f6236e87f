import type { SearchKind } from './search.documents';
import { TERM_SEPARATOR, TEXT_SEPARATOR, WORD_SEPARATOR } from './text/index-text';
import type { QueryWord } from './text/query';

/** What ranking needs of a document the database found. */
export interface Candidate {
  readonly id: string;
  readonly kind: SearchKind;
  readonly date: string;
  readonly titleSeq: string;
  readonly bodySeq: string;
}

export type Ranked<C extends Candidate> = C & { readonly score: number };

// A word in a name says most about a thing, in a meeting's title a little less, and
// a resolution's "title" is its whole text.
const TITLE_HIT: Readonly<Record<SearchKind, number>> = { UNIT: 6, MEMBER: 6, MEETING: 4, RESOLUTION: 3 };
const TITLE_COVERAGE = 2;
const TITLE_PHRASE = 3;
const BODY_PHRASE = 1.5;
const BODY_LENGTH_SCALE = 50;

type Text = ReadonlyArray<ReadonlySet<string>>;

const parse = (seq: string): Text[] =>
  seq === '' ? [] : seq.split(TEXT_SEPARATOR).map((text) => text.split(WORD_SEPARATOR).map((word) => new Set(word.split(TERM_SEPARATOR))));

const matches = (word: ReadonlySet<string>, query: QueryWord): boolean => query.terms.some((term) => word.has(term));

const count = (texts: readonly Text[], query: QueryWord): number => texts.reduce((sum, text) => sum + text.filter((word) => matches(word, query)).length, 0);

/** Whether the query's words stand one after the other within one text. */
const hasPhrase = (texts: readonly Text[], query: readonly QueryWord[]): boolean =>
  texts.some((words) => words.some((_, start) => start + query.length <= words.length && query.every((q, offset) => matches(words[start + offset]!, q))));

/** The largest share of one title text's words that the query matched: 1 when a name is just the query. */
const coverage = (titles: readonly Text[], query: readonly QueryWord[]): number =>
  Math.max(0, ...titles.map((words) => words.filter((word) => query.some((q) => matches(word, q))).length / words.length));

/**
 * A document's score for a query, computed here rather than by either database so
 * that SQLite and PostgreSQL rank alike: words found in a name or title weigh most,
 * then how much of that title the query covers and whether its words stand
 * together; occurrences in the body count too, damped by the body's length so a
 * passing mention in a long report weighs less. Null when a query word is missing
 * (the database's candidates never lack one).
 */
export const score = (candidate: Candidate, query: readonly QueryWord[]): number | null => {
  const titles = parse(candidate.titleSeq);
  const bodies = parse(candidate.bodySeq);
  const bodyLength = bodies.reduce((sum, text) => sum + text.length, 0);
  let title = 0;
  let body = 0;
  for (const word of query) {
    const inTitle = count(titles, word);
    const inBody = count(bodies, word);
    if (inTitle + inBody === 0) return null;
    if (inTitle > 0) title += TITLE_HIT[candidate.kind];
    body += Math.log2(1 + inBody);
  }
  let total = title + TITLE_COVERAGE * coverage(titles, query) + body / (1 + Math.log2(1 + bodyLength / BODY_LENGTH_SCALE));
  if (query.length > 1) {
    if (hasPhrase(titles, query)) total += TITLE_PHRASE * (query.length - 1);
    else if (hasPhrase(bodies, query)) total += BODY_PHRASE * (query.length - 1);
  }
  // Rounded so the score round-trips through a cursor and compares exactly.
  return Math.round(total * 1e6) / 1e6;
};

/** Best first; equal scores newest first, then by id. */
export const compareRanked = (a: Ranked<Candidate>, b: Ranked<Candidate>): number =>
  b.score - a.score || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const rank = <C extends Candidate>(candidates: readonly C[], query: readonly QueryWord[]): Ranked<C>[] =>
  candidates
    .flatMap((candidate) => {
      const value = score(candidate, query);
      return value === null ? [] : [{ ...candidate, score: value }];
    })
    .sort(compareRanked);

/** The cursor of a ranked document: its place in the order above. */
export type RankKey = readonly [score: number, date: string, id: string];

export const rankKey = (ranked: Ranked<Candidate>): RankKey => [ranked.score, ranked.date, ranked.id];

/** The documents after `key` in ranked order. */
export const after = <C extends Candidate>(ranked: readonly Ranked<C>[], key: RankKey | null): Ranked<C>[] => {
  if (key === null) return [...ranked];
  const [score, date, id] = key;
  const anchor: Ranked<Candidate> = { id, kind: 'UNIT', date, score, titleSeq: '', bodySeq: '' };
  return ranked.filter((candidate) => compareRanked(candidate, anchor) > 0);
};
