import { BACKWARDS, END } from '@kurrent/kurrentdb-client';
import type { ImportedEvent, ImportResult } from '../event-store.port';
import { chainEndOf, type ChainEnd } from '../integrity/chain-link';
import type { StoredEnvelope } from '../integrity/event-seal';
import { assertContinues, checkImportBatch } from '../integrity/import-check';
import { assertEventId, toAppendRequest } from './append.mapping';
import { serverFilterFor } from './filter.mapping';
import type { KurrentClientPort } from './kurrentdb-client.port';
import { LEADER, ownEvent, positionOf, recordOf } from './kurrentdb-records';
import { readStreamEvents } from './kurrentdb-stream';
import { toStreamName } from './namespace.mapping';
import { encodePosition } from './position.mapping';

/**
 * KurrentDB has no transaction across streams: the checks run first, then each
 * run of consecutive events of one stream is appended with the exact revision it
 * follows, so a run is all or nothing and the log keeps the import's order. An
 * interrupted batch leaves a prefix of it behind, which is where the importer's
 * resume picks up (it compares the stored log with the file).
 */
export const importToKurrent = async (
  client: KurrentClientPort,
  prefix: string,
  events: readonly ImportedEvent[],
  continuesAfter: string | null,
): Promise<ImportResult> => {
  assertContinues((await newestOwn(client, prefix))?.id ?? null, continuesAfter);
  for (const event of events) assertEventId(event.id);
  const ends = new Map<string, ChainEnd | undefined>();
  for (const streamId of new Set(events.map((event) => event.streamId))) ends.set(streamId, await storedEnd(client, prefix, streamId));
  checkImportBatch(events, (streamId) => ends.get(streamId));
  for (const run of runsOfOneStream(events)) {
    const first = run[0]!;
    const expected = first.revision === 0 ? 'noStream' : first.revision - 1;
    const request = toAppendRequest(toStreamName(prefix, first.streamId), run, expected);
    await client.appendToStream(request.streamName, [...request.events], { ...LEADER, streamState: request.streamState });
  }
  // An append answers with its commit position, not its last event's: read that back.
  return { imported: events.length, position: (await newestOwn(client, prefix))!.position };
};

const newestOwn = async (client: KurrentClientPort, prefix: string): Promise<{ id: string; position: string } | null> => {
  const filter = serverFilterFor(undefined, prefix);
  for await (const resolved of client.readAll({ ...LEADER, direction: BACKWARDS, fromPosition: END, maxCount: 1, filter })) {
    const record = recordOf(resolved);
    const event = ownEvent(prefix, record);
    return event ? { id: event.id, position: encodePosition(positionOf(record)) } : null;
  }
  return null;
};

const storedEnd = async (client: KurrentClientPort, prefix: string, streamId: string): Promise<ChainEnd | undefined> => {
  const [last] = await readStreamEvents(client, prefix, streamId, { direction: 'backwards', limit: 1 });
  if (!last) return undefined;
  if (last.metadata.hash !== undefined) return { revision: last.revision, hash: last.metadata.hash, sealed: true };
  return chainEndOf(await readStreamEvents(client, prefix, streamId, {}));
};

const runsOfOneStream = (events: readonly ImportedEvent[]): StoredEnvelope[][] => {
  const runs: StoredEnvelope[][] = [];
  for (const { position: _, ...event } of events) {
    const run = runs.at(-1);
    if (run && run[0]!.streamId === event.streamId) run.push(event);
    else runs.push([event]);
  }
  return runs;
};
