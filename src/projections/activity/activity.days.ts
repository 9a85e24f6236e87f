import type { Rows } from '../runner/projection';
import { type DayRow, type Figures, noFigures } from './activity.tables';

/** Where a fact lands: one unit on one local calendar day. */
export interface DayOf {
  readonly unitId: string;
  readonly unitPath: string;
  readonly day: string;
}

export const dayId = ({ unitId, day }: DayOf): string => `${unitId}|${day}`;

/**
 * Adds (or, with sign -1, takes back) figures in one day bucket. The row is read
 * before it is written, which is what lets the runner drop a repeated event.
 */
export const addToDay = async (rows: Rows, at: DayOf, change: Partial<Figures>, sign: 1 | -1 = 1): Promise<void> => {
  const id = dayId(at);
  const row = (await rows.get<DayRow>('days', id)) ?? { id, unitId: at.unitId, unitPath: at.unitPath, day: at.day, ...noFigures() };
  const next: Record<string, unknown> = { ...row };
  for (const [figure, amount] of Object.entries(change) as [keyof Figures, number][]) next[figure] = row[figure] + sign * amount;
  rows.put('days', next as DayRow);
};
