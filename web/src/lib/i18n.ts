import { localeOf, type Lang } from './locale';
import { DOMAIN_MESSAGES } from './messages/domain.messages';
import { METRIC_MESSAGES } from './messages/metrics.messages';
import { PLURALS, type PluralKey } from './messages/plurals';
import { SHELL_MESSAGES } from './messages/shell.messages';
import { VIEW_MESSAGES } from './messages/views.messages';

export const MESSAGES = { ...SHELL_MESSAGES, ...METRIC_MESSAGES, ...VIEW_MESSAGES, ...DOMAIN_MESSAGES };
export type MessageKey = keyof typeof MESSAGES;
export type Params = Readonly<Record<string, string | number>>;

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

const cached = <T>(cache: Map<Lang, T>, lang: Lang, make: () => T): T => {
  const found = cache.get(lang);
  if (found) return found;
  const made = make();
  cache.set(lang, made);
  return made;
};

export const formatNumber = (lang: Lang, value: number): string => cached(numberFormats, lang, () => new Intl.NumberFormat(localeOf(lang))).format(value);

const fill = (lang: Lang, template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });

export const t = (lang: Lang, key: MessageKey, params: Params = {}): string => fill(lang, MESSAGES[key][lang], params);

/** A counted phrase in the CLDR form the count takes in this language: Arabic has six. */
export const tn = (lang: Lang, key: PluralKey, count: number, params: Params = {}): string => {
  const forms = PLURALS[key][lang] as Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
  const category = cached(pluralRules, lang, () => new Intl.PluralRules(localeOf(lang))).select(count);
  return fill(lang, forms[category] ?? forms.other, { n: count, ...params });
};

/** For enum labels built from API values, e.g. `status.${resolution.status}`. */
export const isMessageKey = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(MESSAGES, key);
export const tEnum = (lang: Lang, prefix: string, value: string): string => {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(lang, key) : value;
};
