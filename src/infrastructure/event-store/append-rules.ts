import type { NewEvent } from '../../events/envelope';
import { ConcurrencyError, DuplicateEventIdError } from './event-store.errors';
import type { AppendResult, ExpectedRevision } from './event-store.port';

/** Where an id of the batch is already stored. */
export interface StoredEventRef {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
}

/** Rejects what no store could write, before any I/O. */
export const assertAppendable = (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): void => {
  if (typeof streamId !== 'string' || streamId.length === 0) throw new Error('streamId must be a non-empty string');
  if (events.length === 0) throw new Error(`Nothing to append to ${streamId}: the batch is empty`);
  if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < 0)) {
    throw new Error(`Expected revision must be a non-negative integer, got ${expected}`);
  }
  const seen = new Set<string>();
  for (const event of events) {
    if (typeof event.id !== 'string' || event.id.length === 0) throw new Error('Every event needs a non-empty id');
    if (typeof event.metadata?.unitPath !== 'string') throw new Error(`Event ${event.id} has no metadata.unitPath`);
    if (seen.has(event.id)) throw new DuplicateEventIdError(streamId, event.id);
    seen.add(event.id);
  }
};

/**
 * Decides whether a batch whose ids are partly or wholly stored is a replay.
 * Runs before the expected-revision check, so a retry whose expectation went stale
 * (because its own first attempt succeeded) still gets the original result.
 * Returns null when none of the ids is stored.
 */
export const replayedAppend = (
  streamId: string,
  ids: readonly string[],
  stored: readonly StoredEventRef[],
): AppendResult | null => {
  if (stored.length === 0) return null;
  const byId = new Map(stored.map((ref) => [ref.id, ref]));
  const offending = ids.find((id) => byId.get(id)?.streamId !== undefined && byId.get(id)?.streamId !== streamId);
  const first = byId.get(ids[0] ?? '');
  const isReplay =
    offending === undefined &&
    first !== undefined &&
    ids.every((id, index) => byId.get(id)?.revision === first.revision + index);
  const last = byId.get(ids.at(-1) ?? '');
  if (!isReplay || !last) {
    throw new DuplicateEventIdError(streamId, offending ?? ids.find((id) => byId.has(id)) ?? stored[0]!.id);
  }
  return { nextExpectedRevision: last.revision, position: last.position };
};

/** `current` is the revision of the stream's last event, -1 when it has none. */
export const assertExpectedRevision = (streamId: string, expected: ExpectedRevision, current: number): void => {
  const exists = current >= 0;
  const ok =
    expected === 'any' ||
    (expected === 'noStream' && !exists) ||
    (expected === 'streamExists' && exists) ||
    expected === current;
  if (!ok) throw new ConcurrencyError(streamId, expected, exists ? current : 'noStream');
};
