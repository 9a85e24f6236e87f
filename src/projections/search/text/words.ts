import { hamzaFold, lightFold } from './normalize';

export type Script = 'arabic' | 'latin' | 'digits';

/** A word of a text, folded, with where it stands in the original. */
export interface Word {
  /** Folded but with its hamza seats, as the Arabic stemmer reads best. */
  readonly light: string;
  /** Fully folded (see normalize.ts). */
  readonly folded: string;
  readonly script: Script;
  /** UTF-16 offsets into the original text, for highlighting. */
  readonly start: number;
  readonly end: number;
}

// A run of letters, marks and digits in the original: what a reader sees as one word,
// even when a typo glued two together.
const RUN = /[\p{L}\p{M}\p{N}]+/gu;
// Within a folded run: Arabic letters, other letters, or digits, never mixed ("7يونيو").
const PIECE = /\p{Script=Arabic}+|\p{N}+|\p{L}+/gu;
const TA_MARBUTA_INSIDE = /ة(?=\p{L})/gu;

const scriptOf = (piece: string): Script => (/^\p{N}/u.test(piece) ? 'digits' : /^\p{Script=Arabic}/u.test(piece) ? 'arabic' : 'latin');

/**
 * The words of a text. Hyphens, spaces and punctuation separate words alike, so
 * "فاس-مكناس" and "فاس مكناس" give the same two words. Ta marbuta only ever ends
 * a word, so one inside a run marks a missing space ("الأصالةوالمعاصرة"). Pieces
 * split from one run share its offsets.
 */
export const wordsOf = (text: string): Word[] => {
  const words: Word[] = [];
  for (const run of text.matchAll(RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    const light = lightFold(run[0]).replace(TA_MARBUTA_INSIDE, 'ة ');
    for (const piece of light.matchAll(PIECE)) {
      words.push({ light: piece[0], folded: hamzaFold(piece[0]), script: scriptOf(piece[0]), start, end });
    }
  }
  return words;
};
