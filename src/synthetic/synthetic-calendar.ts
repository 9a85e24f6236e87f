import type { Instant, LocalDate } from '../events/shared.types';
import type { Random } from './random';

/** The days of a history, numbered from 1 January of the first year. */
export interface Calendar {
  readonly dates: readonly LocalDate[];
  /** Evening of each day, as the "now" of commands recorded that day (after any meeting of the day). */
  readonly evenings: readonly Instant[];
  /** First and last day number of every month. */
  readonly months: ReadonlyArray<{ readonly first: number; readonly last: number; readonly month: number }>;
}

const DAY_MS = 86_400_000;

export const calendarOf = (fromYear: number, until: LocalDate): Calendar => {
  const first = Date.UTC(fromYear, 0, 1);
  const count = Math.round((Date.parse(`${until}T00:00:00Z`) - first) / DAY_MS) + 1;
  const dates: LocalDate[] = [];
  const evenings: Instant[] = [];
  const months: Array<{ first: number; last: number; month: number }> = [];
  for (let day = 0; day < count; day++) {
    const date = new Date(first + day * DAY_MS);
    const text = date.toISOString().slice(0, 10);
    dates.push(text);
    // 21:00 UTC is 21:00 or 22:00 in Casablanca: still the same day there.
    evenings.push(`${text}T21:00:00.000Z`);
    if (date.getUTCDate() === 1 || day === 0) months.push({ first: day, last: day, month: date.getUTCMonth() });
    months[months.length - 1]!.last = day;
  }
  return { dates, evenings, months };
};

/** Splits `total` over `weights` in whole numbers that add up to it exactly (largest remainders). */
export const apportion = (total: number, weights: readonly number[]): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    if (total > 0) throw new Error(`Cannot apportion ${total} over weights that are all zero`);
    return weights.map(() => 0);
  }
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [, index] of order) {
    if (left-- <= 0) break;
    counts[index]!++;
  }
  return counts;
};

// Quieter in August and around the turn of the year, busier in the autumn's rentrée politique.
const SEASON = [0.8, 0.95, 1, 1, 1, 0.95, 0.8, 0.45, 1.1, 1.2, 1.15, 0.9];

/**
 * How busy each month is: a register that grows (twice the activity at the end as
 * at the start), a season, and some noise so no two regions of the chart look alike.
 */
export const monthWeights = (calendar: Calendar, openDay: number, random: Random): number[] =>
  calendar.months.map(({ first, last, month }, index) => {
    const days = Math.max(0, last - Math.max(first, openDay) + 1);
    const growth = 1 + index / Math.max(1, calendar.months.length - 1);
    return days * growth * SEASON[month]! * (0.85 + 0.3 * random.next());
  });

/** Spreads `count` items over the days of a month (from `firstDay`), one count per day. */
export const spreadOverDays = (count: number, firstDay: number, lastDay: number, random: Random): Int32Array => {
  const days = new Int32Array(Math.max(0, lastDay - firstDay + 1));
  if (days.length === 0) return days;
  for (let i = 0; i < count; i++) days[random.int(0, days.length - 1)]!++;
  return days;
};
