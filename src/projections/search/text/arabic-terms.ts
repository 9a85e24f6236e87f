import { newStemmer } from 'snowball-stemmers';
import { hamzaFold } from './normalize';

const stemmer = newStemmer('arabic');

// The article, alone or after a conjunction or preposition, when at least three letters
// remain: the stemmer keeps it on short words ("الجهة") and after و ("والانتخابات").
const ARTICLE = /^[وف]?(?:ال|بال|كال|لل)(?=\p{L}{3})/u;
const PREPOSITION = /^[بلك](?=\p{L}{3})/u;

/**
 * The terms a folded Arabic word is found by: the Snowball stem of the word as
 * written and as typed without hamza seats, lightly mended where the stemmer splits
 * one word's forms apart. A final ta marbuta is written as ha (a common variant), so
 * a word ending in ha also yields the stem it would have as ta marbuta.
 */
export const arabicTerms = (light: string, folded: string): string[] => {
  const terms = new Set<string>();
  for (const form of new Set([light.replace(ARTICLE, ''), folded.replace(ARTICLE, '')])) {
    terms.add(stem(form));
    if (form.endsWith('ه') && form.length > 2) terms.add(stem(`${form.slice(0, -1)}ة`));
  }
  return [...terms];
};

/**
 * Further forms a word of a document is indexed under, so a query in the base
 * form finds it: without a one-letter preposition ("لجهة" → "جهة"), the singular
 * of a feminine plural ("جهات" → "جهة"), the adjective of an adverb ("تنظيميا" →
 * "تنظيمي"). Only documents get these; a query keeps to what was typed.
 */
export const arabicExpansions = (light: string, folded: string): string[] => {
  const word = light.replace(ARTICLE, '');
  const variants: string[] = [];
  if (PREPOSITION.test(word)) variants.push(word.slice(1));
  if (word.endsWith('ات') && word.length >= 4) variants.push(`${word.slice(0, -2)}ة`);
  if (word.endsWith('يا') && word.length > 4) variants.push(word.slice(0, -1));
  const own = new Set(arabicTerms(light, folded));
  return [...new Set(variants.flatMap((variant) => arabicTerms(variant, hamzaFold(variant))))].filter((term) => !own.has(term));
};

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

const stem = (word: string): string => {
  const known = cache.get(word);
  if (known !== undefined) return known;
  let stemmed = hamzaFold(stemmer.stem(word));
  // Without the article the stemmer keeps a feminine plural's alef ("انتخابات" → "انتخابا").
  if (word.endsWith('ات') && stemmed.endsWith('ا') && stemmed.length >= 4) stemmed = stemmed.slice(0, -1);
  stemmed = stemmed.replace(/ة$/u, 'ه');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stemmed);
  return stemmed;
};
