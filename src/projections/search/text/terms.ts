import { newStemmer } from 'snowball-stemmers';
import { arabicExpansions, arabicTerms } from './arabic-terms';
import type { Word } from './words';

export type TextLanguage = 'ar' | 'fr' | 'en';

const french = newStemmer('french');
const english = newStemmer('english');

/** Latin words are stemmed in the language of their text; in Arabic text or a query, either may apply. */
const latinTerms = (folded: string, language: TextLanguage | null): string[] => {
  if (language === 'fr') return [french.stem(folded)];
  if (language === 'en') return [english.stem(folded)];
  return [...new Set([french.stem(folded), english.stem(folded)])];
};

/** The terms a word typed in a query matches: a document word matches when they share one. */
export const queryTerms = (word: Word): string[] => {
  if (word.script === 'arabic') return arabicTerms(word.light, word.folded);
  if (word.script === 'latin') return latinTerms(word.folded, null);
  return [word.folded];
};

/** The terms a word of a document is indexed under: what a query for it would give, and more forms. Read only: shared between calls. */
export const indexTerms = (word: Word, language: TextLanguage): readonly string[] => {
  // A register's texts reuse few words many times: a rebuild stems each once.
  const key = `${language}\u0000${word.script}\u0000${word.light}\u0000${word.folded}`;
  const known = indexed.get(key);
  if (known) return known;
  const terms = termsToIndex(word, language);
  if (indexed.size >= INDEXED_LIMIT) indexed.clear();
  indexed.set(key, terms);
  return terms;
};

const indexed = new Map<string, readonly string[]>();
const INDEXED_LIMIT = 50_000;

const termsToIndex = (word: Word, language: TextLanguage): readonly string[] => {
  if (word.script === 'arabic') return [...arabicTerms(word.light, word.folded), ...arabicExpansions(word.light, word.folded)];
  if (word.script === 'latin') return latinTerms(word.folded, language);
  return [word.folded];
};
