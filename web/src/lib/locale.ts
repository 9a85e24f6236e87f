/** The dashboard's languages; Arabic first, and the default. */
export const LANGS = ['ar', 'fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ar';

// ar-MA writes Western digits and Moroccan month names (يونيو, يوليوز, غشت …).
const LOCALES: Record<Lang, string> = { ar: 'ar-MA', fr: 'fr-MA', en: 'en' };

export const localeOf = (lang: Lang): string => LOCALES[lang];
export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** Text as the API gives it: any of the three languages, at least one present. */
export type LocalizedText = Partial<Record<Lang, string | null>>;

export interface Shown {
  readonly text: string;
  /** The language the text is actually in, for `lang` and `dir` on its element. */
  readonly lang: Lang;
}

// A text missing in the asked language falls back to one its reader most likely reads:
// French (Morocco's other written language) for Arabic, the other Latin script for French and English.
const FALLBACK: Record<Lang, readonly Lang[]> = { ar: ['ar', 'fr', 'en'], fr: ['fr', 'en', 'ar'], en: ['en', 'fr', 'ar'] };

export const localized = (text: LocalizedText | null | undefined, lang: Lang): Shown | null => {
  if (!text) return null;
  for (const candidate of FALLBACK[lang]) {
    const value = text[candidate]?.trim();
    if (value) return { text: value, lang: candidate };
  }
  return null;
};
