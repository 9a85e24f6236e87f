/**
 * Calendar periods as the API counts them: days are YYYY-MM-DD in the
 * organization's time zone, weeks are ISO weeks (Monday to Sunday, in the year
 * of their Thursday), and a period's key is the label the API gives its bucket
 * (2021-06-07, 2021-W23, 2021-06, 2021-Q2, 2021).
 */
export const PERIOD_KINDS = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface DayRange {
  readonly from: string;
  readonly to: string;
}

export interface Period extends DayRange {
  readonly kind: PeriodKind;
  readonly key: string;
}

export type ComparisonMode = 'previous' | 'year' | 'none';
export const COMPARISON_MODES: readonly ComparisonMode[] = ['previous', 'year', 'none'];

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const toMs = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const toDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string => toDay(toMs(day) + days * DAY_MS);
export const daysBetween = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY_MS);

/** The first day of the month `months` after the one `day` is in. */
const addMonths = (day: string, months: number): string => {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}-01`;
};

const lastDayOfMonth = (day: string): string => addDays(addMonths(day, 1), -1);

export const periodOf = (day: string, kind: PeriodKind): Period => {
  const year = day.slice(0, 4);
  switch (kind) {
    case 'DAY':
      return { kind, key: day, from: day, to: day };
    case 'WEEK': {
      const monday = addDays(day, -((new Date(toMs(day)).getUTCDay() + 6) % 7));
      const thursday = addDays(monday, 3);
      const week = Math.floor(daysBetween(`${thursday.slice(0, 4)}-01-01`, thursday) / 7) + 1;
      return { kind, key: `${thursday.slice(0, 4)}-W${pad(week)}`, from: monday, to: addDays(monday, 6) };
    }
    case 'MONTH':
      return { kind, key: day.slice(0, 7), from: `${day.slice(0, 7)}-01`, to: lastDayOfMonth(day) };
    case 'QUARTER': {
      const quarter = Math.ceil(Number(day.slice(5, 7)) / 3);
      const from = `${year}-${pad(quarter * 3 - 2)}-01`;
      return { kind, key: `${year}-Q${quarter}`, from, to: lastDayOfMonth(addMonths(from, 2)) };
    }
    case 'YEAR':
      return { kind, key: year, from: `${year}-01-01`, to: `${year}-12-31` };
    default: {
      const never: never = kind;
      return never;
    }
  }
};

const PATTERNS: ReadonlyArray<readonly [PeriodKind, RegExp, (match: RegExpMatchArray) => string]> = [
  ['DAY', /^(\d{4})-(\d{2})-(\d{2})$/, (m) => m[0]],
  ['WEEK', /^(\d{4})-W(\d{2})$/, (m) => {
    const january4 = `${m[1]}-01-04`;
    return addDays(periodOf(january4, 'WEEK').from, (Number(m[2]) - 1) * 7);
  }],
  ['MONTH', /^(\d{4})-(\d{2})$/, (m) => `${m[0]}-01`],
  ['QUARTER', /^(\d{4})-Q([1-4])$/, (m) => `${m[1]}-${pad(Number(m[2]) * 3 - 2)}-01`],
  ['YEAR', /^(\d{4})$/, (m) => `${m[0]}-01-01`],
];

/** A period from its key, or null for anything that is not exactly a key (2021-02-30, 2021-W54, 2021-13 …). */
export const parsePeriod = (key: string | null | undefined): Period | null => {
  if (!key) return null;
  for (const [kind, pattern, firstDay] of PATTERNS) {
    const match = key.match(pattern);
    if (!match) continue;
    const day = firstDay(match);
    const period = periodOf(day, kind);
    return period.key === key && toDay(toMs(day)) === day ? period : null;
  }
  return null;
};

/** The period `steps` periods of the same kind later (or earlier, when negative). */
export const shiftPeriod = (period: Period, steps: number): Period => {
  switch (period.kind) {
    case 'DAY':
      return periodOf(addDays(period.from, steps), 'DAY');
    case 'WEEK':
      return periodOf(addDays(period.from, steps * 7), 'WEEK');
    case 'MONTH':
      return periodOf(addMonths(period.from, steps), 'MONTH');
    case 'QUARTER':
      return periodOf(addMonths(period.from, steps * 3), 'QUARTER');
    case 'YEAR':
      return periodOf(addMonths(period.from, steps * 12), 'YEAR');
  }
};

/** The same period a year earlier: 29 February falls back to the 28th, ISO week 53 to week 52. */
export const sameLastYear = (period: Period): Period => {
  if (period.kind === 'WEEK') {
    const [year, week] = period.key.split('-W') as [string, string];
    const wanted = `${pad(Number(year) - 1, 4)}-W${week}`;
    return parsePeriod(wanted) ?? parsePeriod(`${pad(Number(year) - 1, 4)}-W52`)!;
  }
  if (period.kind === 'DAY') {
    const day = `${pad(Number(period.from.slice(0, 4)) - 1, 4)}${period.from.slice(4)}`;
    return periodOf(parsePeriod(day) ? day : addDays(`${day.slice(0, 8)}01`, 27), 'DAY');
  }
  return shiftPeriod(period, period.kind === 'YEAR' ? -1 : period.kind === 'QUARTER' ? -4 : -12);
};

export const comparisonOf = (period: Period, mode: ComparisonMode): Period | null =>
  mode === 'previous' ? shiftPeriod(period, -1) : mode === 'year' ? sameLastYear(period) : null;

/** Today's date where the organization is: Morocco moves its clock back an hour during Ramadan. */
export const todayIn = (timeZone: string, now: Date): string => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
};

export const currentPeriod = (kind: PeriodKind, timeZone: string, now: Date): Period => periodOf(todayIn(timeZone, now), kind);
