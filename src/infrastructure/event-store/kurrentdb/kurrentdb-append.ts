import { BACKWARDS, END, FORWARDS } from '@kurrent/kurrentdb-client';
import type { NewEvent } from '../../../events/envelope';
import { replayedAppend, type StoredEventRef } from '../append-rules';
import { ConcurrencyError } from '../event-store.errors';
import type { AppendResult, ExpectedRevision } from '../event-store.port';
import { chainEndOf, EMPTY_CHAIN, type ChainEnd } from '../integrity/chain-link';
import { sealBatch } from '../integrity/event-seal';
import { firstRevisionOf, isOurBatch, pinExpectation, toAppendRequest } from './append.mapping';
import { isStreamNotFound, isTransient } from './client-errors.mapping';
import { isWrongExpectedVersion, toConcurrencyError } from './expected-revision.mapping';
import type { KurrentClientPort } from './kurrentdb-client.port';
import { LEADER, positionOf, recordOf } from './kurrentdb-records';
import { readStreamEvents } from './kurrentdb-stream';
import { encodePosition } from './position.mapping';

export interface KurrentAppend {
  readonly streamId: string;
  /** The store's namespace on the server, and the stream's name there (prefix + streamId). */
  readonly prefix: string;
  readonly streamName: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
  readonly recordedAt: string;
}

const PINNED_ATTEMPTS = 10;

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
 * - Every batch is sealed on the hash of the event it follows, so it is always
 *   sent with the exact revision it was sealed after (a batch that lost a race
 *   would otherwise chain on the wrong event). The store lets one append per
 *   stream run at a time in its process; against other processes 'any' looks
 *   again, and after PINNED_ATTEMPTS lost races fails with a ConcurrencyError.
 * - A replay with a stale expectation, or a batch that only partly repeats stored
 *   ids, comes back as a wrong expected version (or another refusal): we look for
 *   the ids then, to answer with the original result or DuplicateEventIdError.
 * - The server does not keep event ids unique across streams, and neither can we
 *   without a global index: the same id appended to two streams is stored twice.
 */
export const appendToKurrent = async (client: KurrentClientPort, append: KurrentAppend): Promise<AppendResult> => {
  if (append.expected !== 'any' && append.expected !== 'streamExists') {
    const after = append.expected === 'noStream' ? -1 : append.expected;
    return send(client, append, append.expected, await chainEndAt(client, append, after));
  }
  let lost: ConcurrencyError | null = null;
  for (let attempt = 1; attempt <= PINNED_ATTEMPTS; attempt += 1) {
    const found = await findInStream(client, append);
    const replay = replayedAppend(append.streamId, idsOf(append), found.stored);
    if (replay) return replay;
    const pinned = pinExpectation(append.streamId, append.expected, found.current);
    try {
      return await send(client, append, pinned, await chainEndAt(client, append, found.current));
    } catch (error) {
      // Another process got in between the look and the append: look again, after a jittered pause.
      if (!(error instanceof ConcurrencyError)) throw error;
      lost = error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
  throw lost!;
};

const idsOf = (append: KurrentAppend): string[] => append.events.map((event) => event.id);

/**
 * The chain end the batch seals on: the event at `revision`. When no event is
 * there the server refuses the expectation anyway, so that seal is never stored.
 */
const chainEndAt = async (client: KurrentClientPort, append: KurrentAppend, revision: number): Promise<ChainEnd> => {
  if (revision < 0) return EMPTY_CHAIN;
  const [event] = await readStreamEvents(client, append.prefix, append.streamId, { fromRevision: revision, limit: 1 });
  if (!event || event.revision !== revision) return { ...EMPTY_CHAIN, revision };
  if (event.metadata.hash !== undefined) return { revision, hash: event.metadata.hash, sealed: true };
  // Recorded before sealing: the link is recomputed over the stream up to it.
  return chainEndOf(await readStreamEvents(client, append.prefix, append.streamId, { limit: revision + 1 }));
};

const send = async (client: KurrentClientPort, append: KurrentAppend, expected: ExpectedRevision, end: ChainEnd): Promise<AppendResult> => {
  const request = toAppendRequest(append.streamName, sealBatch(append.streamId, append.events, end, append.recordedAt), expected);
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
