import type { Rows } from '../runner/projection';
import { type DayRow, type Figures, noFigures, type SubtreeDayRow, type SubtreeMonthRow } from './activity.tables';

/** Where a fact lands: one unit on one local calendar day. */
export interface DayOf {
  readonly unitId: string;
  readonly unitPath: string;
  readonly day: string;
}

export const dayId = ({ unitId, day }: DayOf): string => `${unitId}|${day}`;

/** The unit's path and every ancestor's: `/pam/fes-meknes/el-hajeb` → `/pam`, `/pam/fes-meknes`, itself. */
const pathsUp = (path: string): string[] => path.split('/').slice(1).map((_, index, ids) => `/${ids.slice(0, index + 1).join('/')}`);

const added = <R extends Figures>(row: R, change: Partial<Figures>, sign: 1 | -1): R => {
  const next: Record<string, unknown> = { ...row };
  for (const [figure, amount] of Object.entries(change) as [keyof Figures, number][]) next[figure] = row[figure] + sign * amount;
  return next as R;
};

/**
 * Adds (or, with sign -1, takes back) figures in one day bucket, and in the
 * subtree buckets of that day and of its month for the unit and each of its ancestors. Rows are read
 * before they are written, which is what lets the runner drop a repeated event.
 */
export const addToDay = async (rows: Rows, at: DayOf, change: Partial<Figures>, sign: 1 | -1 = 1): Promise<void> => {
  const id = dayId(at);
  const row = (await rows.get<DayRow>('days', id)) ?? { id, unitId: at.unitId, unitPath: at.unitPath, day: at.day, ...noFigures() };
  rows.put('days', added(row, change, sign));
  // The day row's own path, so a subtree's bucket always equals the sum of the day rows under it.
  for (const path of pathsUp(row.unitPath)) {
    const subtreeId = `${path}|${at.day}`;
    const subtree = (await rows.get<SubtreeDayRow>('subtree_days', subtreeId)) ?? { id: subtreeId, path, day: at.day, ...noFigures() };
    rows.put('subtree_days', added(subtree, change, sign));
    const month = at.day.slice(0, 7);
    const monthId = `${path}|${month}`;
    const inMonth = (await rows.get<SubtreeMonthRow>('subtree_months', monthId)) ?? { id: monthId, path, month, ...noFigures() };
    rows.put('subtree_months', added(inMonth, change, sign));
  }
};
