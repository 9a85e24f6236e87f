import { comparisonOf, PERIOD_KINDS, periodOf, shiftPeriod, type ComparisonMode, type DayRange, type Period, type PeriodKind } from './periods';

/** How many buckets a series shows when its step is as long as the chosen period or longer. */
const WINDOW_BUCKETS: Record<PeriodKind, number> = { DAY: 31, WEEK: 13, MONTH: 12, QUARTER: 8, YEAR: 5 };

const rank = (kind: PeriodKind): number => PERIOD_KINDS.indexOf(kind);

/** A step finer than the period: June by day, 2021 by month, a week by day, a day alone by day. */
export const defaultStep = (kind: PeriodKind): PeriodKind => (kind === 'YEAR' ? 'MONTH' : kind === 'QUARTER' ? 'WEEK' : 'DAY');

/**
 * The days a series covers: the period itself when the step is finer (June by
 * day), otherwise the last buckets up to and including the period (the 12
 * months to June 2021).
 */
export const seriesWindow = (period: Period, step: PeriodKind): DayRange => {
  if (rank(step) < rank(period.kind)) return { from: period.from, to: period.to };
  const last = periodOf(period.to, step);
  return { from: shiftPeriod(last, 1 - WINDOW_BUCKETS[step]).from, to: last.to };
};

/** The window drawn dashed beside it: the same number of buckets just before, or a year earlier. */
export const comparisonWindow = (period: Period, step: PeriodKind, mode: ComparisonMode): DayRange | null => {
  if (mode === 'none') return null;
  if (rank(step) < rank(period.kind) || mode === 'year') return seriesWindow(comparisonOf(period, mode)!, step);
  const buckets = WINDOW_BUCKETS[step];
  const last = shiftPeriod(periodOf(period.to, step), -buckets);
  return { from: shiftPeriod(last, 1 - buckets).from, to: last.to };
};

export interface SeriesRow {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly value: number;
  readonly comparisonLabel: string | null;
  readonly comparisonStart: string | null;
  readonly comparisonValue: number | null;
}

export interface Bucket {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly value: number;
}

/** Pairs each bucket with the comparison's bucket at the same place (the 3rd day with the 3rd day). */
export const alignSeries = (current: readonly Bucket[], comparison: readonly Bucket[] | null): SeriesRow[] =>
  current.map((bucket, index) => {
    const other = comparison?.[index];
    return { ...bucket, comparisonLabel: other?.label ?? null, comparisonStart: other?.start ?? null, comparisonValue: other?.value ?? null };
  });
