import type { ProjectedEvent, Rows } from '../runner/projection';
import { addToDay, type DayOf } from './activity.days';
import type { EvidenceRow, Figure, Figures, Source } from './activity.tables';

export const sourceOf = (event: ProjectedEvent): Source => ({ eventId: event.id, streamId: event.streamId, revision: event.revision, position: event.position });

/** The figures a change actually moves: a zero adds nothing, so nothing stands behind it. */
export const countedFigures = (change: Partial<Figures>): Figure[] =>
  (Object.entries(change) as [Figure, number][]).filter(([, amount]) => amount !== 0).map(([figure]) => figure);

/**
 * Says that `sources` stand behind `figure` of `subject` on the unit's day, or, retired,
 * that they no longer do. Ids leave the day out, so moving a subject to another day
 * rewrites its rows there instead of leaving stale ones behind.
 */
export const cite = (rows: Rows, at: DayOf, subject: string, figure: Figure, sources: readonly Source[], retired = false): void => {
  for (const source of sources) {
    const row: EvidenceRow = { id: `${figure}|${subject}|${source.eventId}`, unitId: at.unitId, unitPath: at.unitPath, day: at.day, figure, retired, ...source };
    rows.put('evidence', row);
  }
};

/** Counts a one-event fact on its day and cites the event behind each figure it moved. */
export const countEvent = async (rows: Rows, at: DayOf, change: Partial<Figures>, event: ProjectedEvent): Promise<void> => {
  await addToDay(rows, at, change);
  for (const figure of countedFigures(change)) cite(rows, at, event.id, figure, [sourceOf(event)]);
};
