import { indexTerms, type TextLanguage } from './terms';
import { wordsOf } from './words';

/** A piece of a document's text as recorded, kept for display and snippets. */
export interface SearchText {
  /** Where it comes from: `name`, `summary`, `agenda.2` … */
  readonly field: string;
  readonly language: TextLanguage;
  readonly text: string;
  /** Title text weighs more in ranking. */
  readonly title: boolean;
}

/**
 * A document's texts as the index keeps them. `terms` is every term once, space
 * separated: what SQLite's FTS5 table and PostgreSQL's tsvector are built from,
 * the same string on both stores. The sequences keep, text by text, each word's
 * terms in order (`a|b c …`), so ranking can see where words stand.
 */
export interface IndexedText {
  readonly titleSeq: string;
  readonly bodySeq: string;
  readonly terms: string;
}

export const TEXT_SEPARATOR = '\n';
export const WORD_SEPARATOR = ' ';
export const TERM_SEPARATOR = '|';

const sequences = (texts: readonly SearchText[]): Array<Array<readonly string[]>> =>
  texts.map((piece) => wordsOf(piece.text).map((word) => indexTerms(word, piece.language))).filter((words) => words.length > 0);

const joined = (texts: ReadonlyArray<ReadonlyArray<readonly string[]>>): string =>
  texts.map((words) => words.map((word) => word.join(TERM_SEPARATOR)).join(WORD_SEPARATOR)).join(TEXT_SEPARATOR);

export const indexText = (texts: readonly SearchText[]): IndexedText => {
  const title = sequences(texts.filter((piece) => piece.title));
  const body = sequences(texts.filter((piece) => !piece.title));
  const terms = new Set([...title, ...body].flat(2));
  return { titleSeq: joined(title), bodySeq: joined(body), terms: [...terms].join(' ') };
};
