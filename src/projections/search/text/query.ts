import { queryTerms } from './terms';
import { wordsOf } from './words';

/** One word of a query: a document matches it when one of its words shares a term. */
export interface QueryWord {
  /** As folded, for messages and tests. */
  readonly folded: string;
  readonly terms: readonly string[];
}

export const MAX_QUERY_WORDS = 12;

// Words that carry no meaning on their own; a query made only of them keeps them.
const STOPWORDS = new Set([
  'في', 'من', 'علي', 'الي', 'عن', 'مع', 'و', 'ف', 'ب', 'ل', 'ك', 'ان', 'او', 'ثم', 'قد', 'لا', 'ما', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'الذين',
  'de', 'la', 'le', 'les', 'des', 'du', 'd', 'l', 'et', 'en', 'un', 'une', 'au', 'aux', 'pour', 'par', 'sur', 'dans', 'a',
  'the', 'of', 'and', 'in', 'on', 'for', 'to', 'an', 'at', 'by', 'with',
]);

/** The words of a query that must all match, each with its terms; empty when it has no word at all. */
export const parseQuery = (text: string): QueryWord[] => {
  const all = wordsOf(text).map((word) => ({ folded: word.folded, terms: queryTerms(word) }));
  const meaningful = all.filter((word) => !STOPWORDS.has(word.folded));
  const chosen = meaningful.length > 0 ? meaningful : all;
  const seen = new Set<string>();
  return chosen
    .filter((word) => {
      const key = [...word.terms].sort().join('|');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_QUERY_WORDS);
};
