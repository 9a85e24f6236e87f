import { BACKWARDS, END, FORWARDS } from '@kurrent/kurrentdb-client';
import type { NewEvent } from '../../../events/envelope';
import { replayedAppend, type StoredEventRef } from '../append-rules';
import { ConcurrencyError } from '../event-store.errors';
import type { AppendResult, ExpectedRevision } from '../event-store.port';
import { firstRevisionOf, isOurBatch, pinExpectation, toAppendRequest } from './append.mapping';
import { isStreamNotFound, isTransient } from './client-errors.mapping';
import { isWrongExpectedVersion, toConcurrencyError } from './expected-revision.mapping';
import type { KurrentClientPort } from './kurrentdb-client.port';
import { LEADER, positionOf, recordOf } from './kurrentdb-records';
import { encodePosition } from './position.mapping';

export interface KurrentAppend {
  readonly streamId: string;
  /** The stream's name on the server (namespace prefix included). */
  readonly streamName: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
  readonly recordedAt: string;
}

const PINNED_ATTEMPTS = 5;

/**
 * What the server guarantees, and what this adds:
 * - With an exact expectation (a revision or noStream) the server deduplicates a
 *   batch whose ids already sit right after that revision: it answers success with
 *   the original revisions and no position, writing nothing. We read the batch
 *   back to return the original position too.
 * - With ANY or STREAM_EXISTS it only tries, from a bounded cache of recent ids; a
 *   retry after a restart or a cache eviction is written twice. So for 'any' and
 *   'streamExists' we look for the ids in the stream first and then append with
 *   the exact revision we saw, which puts the server's guarantee back in force.
 * - A replay with a stale expectation, or a batch that only partly repeats stored
 *   ids, comes back as a wrong expected version (or another refusal): we look for
 *   the ids then, to answer with the original result or DuplicateEventIdError.
 * - The server does not keep event ids unique across streams, and neither can we
 *   without a global index: the same id appended to two streams is stored twice.
 */
export const appendToKurrent = async (client: KurrentClientPort, append: KurrentAppend): Promise<AppendResult> => {
  if (append.expected === 'any' || append.expected === 'streamExists') {
    for (let attempt = 1; attempt <= PINNED_ATTEMPTS; attempt += 1) {
      const found = await findInStream(client, append);
      const replay = replayedAppend(append.streamId, idsOf(append), found.stored);
      if (replay) return replay;
      const pinned = pinExpectation(append.streamId, append.expected, found.current);
      try {
        return await send(client, append, pinned);
      } catch (error) {
        // Another writer got in between the look and the append: look again.
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
    // Under sustained contention, let the server decide under the writer's own expectation.
  }
  return send(client, append, append.expected);
};

const idsOf = (append: KurrentAppend): string[] => append.events.map((event) => event.id);

const send = async (client: KurrentClientPort, append: KurrentAppend, expected: ExpectedRevision): Promise<AppendResult> => {
  const request = toAppendRequest(append.streamName, append.events, expected, append.recordedAt);
  let written;
  try {
    written = await client.appendToStream(request.streamName, [...request.events], { ...LEADER, streamState: request.streamState });
  } catch (error) {
    // Lost connection or timeout: it may or may not be written, and asking now proves nothing.
    if (isTransient(error)) throw error;
    // A refusal may be our own earlier write: answer with it, or DuplicateEventIdError for a partial repeat.
    const found = await findInStream(client, append).catch(() => {
      throw error;
    });
    const replay = replayedAppend(append.streamId, idsOf(append), found.stored);
    if (replay) return replay;
    throw isWrongExpectedVersion(error) ? toConcurrencyError(append.streamId, expected, error) : error;
  }
  return confirm(client, append, written.nextExpectedRevision);
};

/** Reads the batch back where the server says it is: the exact positions, for a fresh write and a deduplicated one alike. */
const confirm = async (client: KurrentClientPort, append: KurrentAppend, next: bigint): Promise<AppendResult> => {
  const ids = idsOf(append);
  const first = firstRevisionOf(next, ids.length);
  const read = [];
  const options = { ...LEADER, direction: FORWARDS, fromRevision: first, maxCount: ids.length } as const;
  for await (const resolved of client.readStream(append.streamName, options)) read.push(recordOf(resolved));
  const last = read.at(-1);
  if (last && isOurBatch(ids, read, first)) {
    return { nextExpectedRevision: Number(next), position: encodePosition(positionOf(last)) };
  }
  const replay = await replayOf(client, append);
  if (replay) return replay;
  throw new Error(`KurrentDB accepted the append to ${append.streamId} at revision ${next}, but other events are stored there`);
};

const replayOf = async (client: KurrentClientPort, append: KurrentAppend): Promise<AppendResult | null> =>
  replayedAppend(append.streamId, idsOf(append), (await findInStream(client, append)).stored);

/** Where the batch's ids already are in the stream, and the stream's last revision (-1 when it has no event). */
const findInStream = async (
  client: KurrentClientPort,
  append: KurrentAppend,
): Promise<{ stored: StoredEventRef[]; current: number }> => {
  const wanted = new Set(idsOf(append));
  const stored: StoredEventRef[] = [];
  let current = -1;
  try {
    const newestFirst = client.readStream(append.streamName, { ...LEADER, direction: BACKWARDS, fromRevision: END });
    for await (const resolved of newestFirst) {
      const record = recordOf(resolved);
      if (current === -1) current = Number(record.revision);
      if (!wanted.has(record.id)) continue;
      const position = encodePosition(positionOf(record));
      stored.push({ id: record.id, streamId: append.streamId, revision: Number(record.revision), position });
      if (stored.length === wanted.size) break;
    }
  } catch (error) {
    if (!isStreamNotFound(error)) throw error;
  }
  return { stored, current };
};
