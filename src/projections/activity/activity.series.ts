import { type ActivityBucketType, toBucket } from './activity.graphql';
import { type DayRange, type Granularity, periodsOf } from './activity.periods';
import type { DayFigures } from './activity.reader';
import { FIGURES, noFigures } from './activity.tables';

/** Folds per-day totals into every period of the range, empty periods included as zeros. */
export const seriesOf = (range: DayRange, granularity: Granularity, days: readonly DayFigures[]): ActivityBucketType[] => {
  const periods = periodsOf(range, granularity);
  const totals = periods.map(noFigures);
  let index = 0;
  for (const day of [...days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))) {
    while (index < periods.length && periods[index]!.to < day.day) index++;
    const total = totals[index];
    if (!total) break;
    for (const figure of FIGURES) total[figure] += day[figure];
  }
  return periods.map((period, i) => toBucket(totals[i]!, period.label, period.from, period.to));
};
