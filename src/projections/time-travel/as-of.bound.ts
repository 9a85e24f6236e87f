import type { EventStore } from '../../infrastructure/event-store/event-store.port';
import { validationError } from '../../modules/shared-kernel/domain-error';
import { instant } from '../../modules/shared-kernel/time.validation';
import type { AsOfInput } from './as-of.input';

const SCAN_PAGE = 1000;

/** The last log position a past point includes; null when the log held nothing yet. */
export interface Bound {
  readonly position: string | null;
  /** False when later appends could still move it (a time at or past the head); such a bound is not cached. */
  readonly settled: boolean;
}

export const exactlyOne = (asOf: AsOfInput): { position: string } | { recordedAt: string } => {
  const { position, recordedAt } = asOf;
  if ((position === null || position === undefined) === (recordedAt === null || recordedAt === undefined)) {
    throw validationError('asOf', 'give exactly one of position and recordedAt');
  }
  return position !== null && position !== undefined ? { position } : { recordedAt: instant(recordedAt, 'asOf.recordedAt') };
};

/** A position the store gave out, at or before its head. */
export const positionBound = async (store: EventStore, position: string): Promise<Bound> => {
  const head = await store.headPosition();
  let beyond: boolean;
  try {
    beyond = head === null || store.comparePositions(position, head) > 0;
  } catch {
    throw validationError('asOf.position', 'is not a log position this service gave out');
  }
  if (beyond) throw validationError('asOf.position', `is beyond the last event recorded (${head ?? 'none yet'})`);
  return { position, settled: true };
};

/**
 * The log read in order up to the first event recorded after `at`: the longest
 * prefix recorded by then. The store stamps recordedAt as it appends, so the
 * prefix is the log as it stood at that time; the scan costs what a replay does.
 */
export const recordedAtBound = async (store: EventStore, at: string): Promise<Bound> => {
  let last: string | null = null;
  let after: string | null = null;
  for (;;) {
    const page = await store.readAll({ after, limit: SCAN_PAGE });
    for (const event of page.events) {
      if (event.metadata.recordedAt > at) return { position: last, settled: true };
      last = event.position;
    }
    if (page.isEnd) return { position: last, settled: false };
    after = page.nextCursor;
  }
};
