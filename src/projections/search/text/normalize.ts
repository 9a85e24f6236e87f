/**
 * Character folding shared by indexing and querying, so both sides see the same
 * letters whether Arabic is written with or without vowels, tatweel or Eastern
 * digits, and French with or without accents. Pure and deterministic: the search
 * projection's rows depend on it, so its version is bumped when this changes.
 */

const TATWEEL = /\u0640/g;
// Every combining mark except hamza above/below and madda: vowels, shadda, sukun,
// Quranic marks, Latin accents. Hamza seats matter to the stemmer; see hamzaFold.
const MARKS_BUT_HAMZA = /(?![\u0653-\u0655])\p{M}/gu;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g;
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  '\u0649': 'ي', // alef maqsura
  '\u06CC': 'ي', // Persian yeh
  '\u06A9': 'ك', // keheh
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
};
const VARIANT = /[\u0649\u06CC\u06A9œæß]/g;
const HAMZA_SEATS: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ي' };
const HAMZA_SEAT = /[أإآٱؤئ]/g;

/** Lower case, no vowel marks, accents or tatweel, Western digits; hamza seats kept. */
export const lightFold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS_BUT_HAMZA, '')
    .normalize('NFC')
    .replace(TATWEEL, '')
    .replace(VARIANT, (letter) => LETTER_VARIANTS[letter]!)
    .replace(ARABIC_INDIC_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x06f0));

/** Alef forms to bare alef, ؤ to و, ئ to ي: how most people type Arabic on a phone. One letter for one. */
export const hamzaFold = (text: string): string => text.replace(HAMZA_SEAT, (letter) => HAMZA_SEATS[letter]!);

export const foldText = (text: string): string => hamzaFold(lightFold(text));
