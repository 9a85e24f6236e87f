import { validationError } from '../../modules/shared-kernel/domain-error';
import { localDate } from '../../modules/shared-kernel/time.validation';

export const GRANULARITIES = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface DayRange {
  readonly from: string;
  readonly to: string;
}

/** One bucket of a series: a calendar period cut to the asked range, so no figure outside it is counted. */
export interface Period extends DayRange {
  readonly label: string;
}

const MAX_YEARS = 20;
const MAX_DAY_SERIES_YEARS = 3;

// Dates are YYYY-MM-DD, so "n years later" can stay text: '2024-02-29' + 3 years compares correctly as '2027-02-29'.
const yearsLater = (day: string, years: number): string => `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;

/** A bounded range of calendar days; a wide-open range would make one query sum the whole register. */
export const dayRange = (from: unknown, to: unknown, granularity?: Granularity): DayRange => {
  const range = { from: localDate(from, 'from'), to: localDate(to, 'to') };
  if (range.to < range.from) throw validationError('to', `must not be before from (${range.from})`);
  if (range.to >= yearsLater(range.from, MAX_YEARS)) throw validationError('to', `must be less than ${MAX_YEARS} years after from`);
  if (granularity === 'DAY' && range.to >= yearsLater(range.from, MAX_DAY_SERIES_YEARS)) {
    throw validationError('granularity', `DAY series cover less than ${MAX_DAY_SERIES_YEARS} years; use WEEK or longer`);
  }
  return range;
};

const DAY_MS = 86_400_000;
const toMs = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const toDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, days: number): string => toDay(toMs(day) + days * DAY_MS);
const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar period a day falls in: ISO weeks start on Monday and belong to the ISO week-year of their Thursday. */
const periodOf = (day: string, granularity: Granularity): Period => {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (granularity) {
    case 'DAY':
      return { label: day, from: day, to: day };
    case 'WEEK': {
      const monday = addDays(day, -((new Date(toMs(day)).getUTCDay() + 6) % 7));
      const thursday = addDays(monday, 3);
      const weekYear = thursday.slice(0, 4);
      const week = Math.floor((toMs(thursday) - toMs(`${weekYear}-01-01`)) / DAY_MS / 7) + 1;
      return { label: `${weekYear}-W${pad(week)}`, from: monday, to: addDays(monday, 6) };
    }
    case 'MONTH':
      return { label: day.slice(0, 7), from: `${day.slice(0, 7)}-01`, to: toDay(Date.UTC(year, month, 0)) };
    case 'QUARTER': {
      const quarter = Math.ceil(month / 3);
      return { label: `${year}-Q${quarter}`, from: `${day.slice(0, 4)}-${pad(quarter * 3 - 2)}-01`, to: toDay(Date.UTC(year, quarter * 3, 0)) };
    }
    case 'YEAR':
      return { label: day.slice(0, 4), from: `${day.slice(0, 4)}-01-01`, to: `${day.slice(0, 4)}-12-31` };
    default: {
      const never: never = granularity;
      return never;
    }
  }
};

/** Every period touching the range, in order, each cut to the range. */
export const periodsOf = (range: DayRange, granularity: Granularity): Period[] => {
  const periods: Period[] = [];
  for (let day = range.from; day <= range.to; ) {
    const period = periodOf(day, granularity);
    const to = period.to < range.to ? period.to : range.to;
    periods.push({ label: period.label, from: day, to });
    day = addDays(to, 1);
  }
  return periods;
};

/** A range as whole calendar months (`YYYY-MM`, both included) and the days at either end outside them. */
export interface MonthSplit {
  readonly months: { readonly from: string; readonly to: string } | null;
  readonly days: readonly DayRange[];
}

const monthAfter = (month: string): string => toDay(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).slice(0, 7);
const lastOfMonth = (month: string): string => toDay(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));

/** Splits a range so that its whole months can be read from month buckets and only the ragged ends from day buckets. */
export const monthSplit = (range: DayRange): MonthSplit => {
  const first = range.from.endsWith('-01') ? range.from.slice(0, 7) : monthAfter(range.from.slice(0, 7));
  const lastMonthOfTo = range.to.slice(0, 7);
  const last = range.to === lastOfMonth(lastMonthOfTo) ? lastMonthOfTo : toDay(toMs(`${lastMonthOfTo}-01`) - DAY_MS).slice(0, 7);
  if (first > last) return { months: null, days: [range] };
  const days: DayRange[] = [];
  if (range.from < `${first}-01`) days.push({ from: range.from, to: addDays(`${first}-01`, -1) });
  if (range.to > lastOfMonth(last)) days.push({ from: `${monthAfter(last)}-01`, to: range.to });
  return { months: { from: first, to: last }, days };
};
