/** Value shapes shared by several contexts' events. */

export const LANGUAGES = ['ar', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text in one or more languages; at least one is present. Stored byte for byte. */
export type LocalizedText = Readonly<Partial<Record<Language, string>>>;

export const UNIT_LEVELS = ['NATIONAL', 'REGIONAL', 'PROVINCIAL', 'LOCAL'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;
/** An instant, ISO 8601 with offset or `Z`. */
export type Instant = string;
