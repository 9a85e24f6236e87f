import type { AppendStreamState, EventData } from '@kurrent/kurrentdb-client';
import { ConcurrencyError } from '../event-store.errors';
import type { ExpectedRevision } from '../event-store.port';
import type { StoredEnvelope } from '../integrity/event-seal';
import { toEventData } from './event.mapping';
import { toStreamState } from './expected-revision.mapping';

export interface AppendRequest {
  readonly streamName: string;
  readonly events: readonly EventData[];
  readonly streamState: AppendStreamState;
}

// The server keeps event ids as UUIDs and hands them back in lowercase; any other
// spelling would come back different from what the writer sent, and its replays would go unrecognised.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * One append as the client sends it. The expected state always goes along: the
 * server recognises a retried batch by its event ids only when it is told where
 * the writer expected the stream to be (with ANY it merely tries, from a cache).
 */
export const toAppendRequest = (streamName: string, events: readonly StoredEnvelope[], expected: ExpectedRevision): AppendRequest => {
  for (const event of events) assertEventId(event.id);
  return {
    streamName,
    events: events.map((event) => toEventData(event)),
    streamState: toStreamState(expected),
  };
};

export const assertEventId = (id: string): void => {
  if (!UUID.test(id)) throw new Error(`KurrentDB needs lowercase UUID event ids; got ${JSON.stringify(id)}`);
};

/**
 * Turns "any" or "streamExists" into the exact revision just read, so that the
 * server's idempotency (which holds only for exact expectations) covers the append.
 * `current` is the revision of the stream's last event, -1 when it has none.
 */
export const pinExpectation = (streamId: string, expected: ExpectedRevision, current: number): ExpectedRevision => {
  if (expected === 'streamExists' && current < 0) throw new ConcurrencyError(streamId, expected, 'noStream');
  if (expected !== 'any' && expected !== 'streamExists') return expected;
  return current < 0 ? 'noStream' : current;
};

/** The revision of the first event of a batch whose last event the server says is at `nextExpectedRevision`. */
export const firstRevisionOf = (nextExpectedRevision: bigint, count: number): bigint =>
  nextExpectedRevision - BigInt(count - 1);

/**
 * True when what was read back at the revisions the server named is exactly our
 * batch, in order: a fresh write, or a replay the server recognised (it then
 * answers with the original revisions but no position, so we read it back).
 */
export const isOurBatch = (
  ids: readonly string[],
  read: ReadonlyArray<{ readonly id: string; readonly revision: bigint }>,
  first: bigint,
): boolean =>
  read.length === ids.length && read.every((event, index) => event.id === ids[index] && event.revision === first + BigInt(index));
