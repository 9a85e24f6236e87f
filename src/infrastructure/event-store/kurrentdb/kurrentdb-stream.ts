import { BACKWARDS, END, FORWARDS, START, type ReadRevision } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../../../events/envelope';
import type { ReadStreamOptions } from '../event-store.port';
import { assertPositiveLimit } from '../log-query';
import { isStreamNotFound } from './client-errors.mapping';
import { toRecordedEvent } from './event.mapping';
import type { KurrentClientPort } from './kurrentdb-client.port';
import { LEADER, recordOf } from './kurrentdb-records';
import { toStreamName } from './namespace.mapping';

const lastRevision = async (client: KurrentClientPort, streamName: string): Promise<bigint | null> => {
  try {
    for await (const resolved of client.readStream(streamName, { ...LEADER, direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
      return recordOf(resolved).revision;
    }
  } catch (error) {
    if (!isStreamNotFound(error)) throw error;
  }
  return null;
};

/** A stream read in our terms: inclusive fromRevision, optional limit, an unknown stream is empty. */
export const readStreamEvents = async (
  client: KurrentClientPort,
  prefix: string,
  streamId: string,
  options: ReadStreamOptions,
): Promise<RecordedEvent[]> => {
  const streamName = toStreamName(prefix, streamId);
  const backwards = options.direction === 'backwards';
  const maxCount = options.limit === undefined ? undefined : assertPositiveLimit(options.limit);
  let fromRevision: ReadRevision = backwards ? END : START;
  if (options.fromRevision !== undefined) {
    if (!Number.isSafeInteger(options.fromRevision) || options.fromRevision < 0) {
      throw new RangeError(`fromRevision must be a non-negative integer, got ${options.fromRevision}`);
    }
    fromRevision = BigInt(options.fromRevision);
    // Backwards from beyond the last event means "from the last event", as in the SQL stores; the server is not asked to agree.
    if (backwards) {
      const last = await lastRevision(client, streamName);
      if (last === null) return [];
      if (fromRevision > last) fromRevision = last;
    }
  }
  const events: RecordedEvent[] = [];
  try {
    const direction = backwards ? BACKWARDS : FORWARDS;
    for await (const resolved of client.readStream(streamName, { ...LEADER, direction, fromRevision, maxCount })) {
      events.push(toRecordedEvent(recordOf(resolved), streamId));
    }
  } catch (error) {
    if (isStreamNotFound(error)) return [];
    throw error;
  }
  return events;
};
