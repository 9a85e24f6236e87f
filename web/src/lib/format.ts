import { formatNumber, t } from './i18n';
import { localeOf, type Lang } from './locale';
import type { Period, PeriodKind } from './periods';

export const ORGANIZATION_TIME_ZONE = 'Africa/Casablanca';

// A calendar day (YYYY-MM-DD) is no instant: format it as that day at noon UTC, read in UTC.
const dayAsDate = (day: string): Date => new Date(`${day}T12:00:00Z`);

export const formatDay = (lang: Lang, day: string, style: 'long' | 'medium' | 'short' = 'long'): string =>
  new Intl.DateTimeFormat(localeOf(lang), { dateStyle: style, timeZone: 'UTC' }).format(dayAsDate(day));

/** An instant as the organization's clocks showed it. */
export const formatInstant = (lang: Lang, iso: string, timeZone = ORGANIZATION_TIME_ZONE): string =>
  new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));

const monthYear = (lang: Lang, day: string, month: 'long' | 'short'): string =>
  new Intl.DateTimeFormat(localeOf(lang), { month, year: 'numeric', timeZone: 'UTC' }).format(dayAsDate(day));

/** A period as a reader names it: "يونيو 2021", "Semaine 23 de 2021", "Q2 2021". Years are never grouped (2021, not 2.021). */
export const formatPeriod = (lang: Lang, period: Pick<Period, 'kind' | 'key' | 'from'>): string => {
  const year = period.key.slice(0, 4);
  switch (period.kind) {
    case 'DAY':
      return formatDay(lang, period.from);
    case 'WEEK':
      return t(lang, 'period.week', { week: String(Number(period.key.slice(6))), year });
    case 'MONTH':
      return monthYear(lang, period.from, 'long');
    case 'QUARTER':
      return t(lang, 'period.quarter', { quarter: period.key.slice(6), year });
    case 'YEAR':
      return year;
  }
};

/** The short tick of a series bucket, from the API's label. */
export const formatBucket = (lang: Lang, kind: PeriodKind, label: string, start: string): string => {
  switch (kind) {
    case 'DAY':
      return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(dayAsDate(start));
    case 'WEEK':
      return label.slice(5);
    case 'MONTH':
      return monthYear(lang, start, 'short');
    case 'QUARTER':
      return `${label.slice(5)} ${label.slice(0, 4)}`;
    case 'YEAR':
      return label;
  }
};

export interface Change {
  readonly delta: number;
  /** Relative change, or null when the comparison figure is zero (no rate from nothing). */
  readonly ratio: number | null;
}

export const changeOf = (current: number, previous: number): Change => ({
  delta: current - previous,
  ratio: previous === 0 ? null : (current - previous) / previous,
});

export const formatDelta = (lang: Lang, delta: number): string =>
  new Intl.NumberFormat(localeOf(lang), { signDisplay: 'exceptZero' }).format(delta);

export const formatRatio = (lang: Lang, ratio: number): string =>
  new Intl.NumberFormat(localeOf(lang), { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(ratio);

export const formatShare = (lang: Lang, share: number): string =>
  new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);

export { formatNumber };
