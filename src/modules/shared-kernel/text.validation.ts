import { LANGUAGES, type LocalizedText } from '../../events/shared.types';
import { validationError } from './domain-error';

export const TEXT_LIMITS = {
  name: 200,
  short: 500,
  reason: 2000,
  paragraph: 5000,
  summary: 20000,
} as const;

// Control characters other than tab and newlines never belong in a record; they
// are how invisible junk and terminal escapes get into an audit trail.
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;
const LINE_BREAK = /[\r\n]/u;

interface TextRules {
  readonly max: number;
  readonly multiline?: boolean;
}

/** Trims and bounds a text; everything else, Arabic marks included, is kept as written. */
export const requiredText = (value: unknown, field: string, rules: TextRules): string => {
  if (typeof value !== 'string') throw validationError(field, 'must be text');
  const text = value.trim();
  if (text.length === 0) throw validationError(field, 'must not be empty');
  if (text.length > rules.max) throw validationError(field, `must be at most ${rules.max} characters`);
  if (FORBIDDEN_CONTROL.test(text)) throw validationError(field, 'must not contain control characters');
  if (!rules.multiline && LINE_BREAK.test(text)) throw validationError(field, 'must be a single line');
  return text;
};

export const optionalText = (value: unknown, field: string, rules: TextRules): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return requiredText(value, field, rules);
};

/** At least one language; blank languages are dropped rather than stored empty. */
export const localizedText = (value: unknown, field: string, rules: TextRules): LocalizedText => {
  if (typeof value !== 'object' || value === null) throw validationError(field, 'must give at least one language');
  const source = value as Record<string, unknown>;
  const unknown = Object.keys(source).filter((key) => !(LANGUAGES as readonly string[]).includes(key));
  if (unknown.length > 0) throw validationError(`${field}.${unknown[0]}`, `is not one of ${LANGUAGES.join(', ')}`);
  const result: Record<string, string> = {};
  for (const language of LANGUAGES) {
    const text = optionalText(source[language], `${field}.${language}`, rules);
    if (text !== null) result[language] = text;
  }
  if (Object.keys(result).length === 0) throw validationError(field, 'must give at least one language');
  return result;
};

export const optionalLocalizedText = (value: unknown, field: string, rules: TextRules): LocalizedText | null => {
  if (value === undefined || value === null) return null;
  const source = value as Record<string, unknown>;
  if (LANGUAGES.every((language) => source[language] === undefined || source[language] === null || source[language] === '')) {
    return null;
  }
  return localizedText(value, field, rules);
};

export const sameLocalizedText = (a: LocalizedText | null, b: LocalizedText | null): boolean =>
  LANGUAGES.every((language) => (a?.[language] ?? null) === (b?.[language] ?? null));
