import type { Lang } from '../locale';

/** A message in every language, side by side so a missing translation is a type error. */
export type Message = Readonly<Record<Lang, string>>;

/** CLDR plural categories; Arabic uses all six, French and English `one` and `other` (and French `many`). */
export type PluralForms = Readonly<{ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>>;
export type PluralMessage = Readonly<Record<Lang, PluralForms>>;
