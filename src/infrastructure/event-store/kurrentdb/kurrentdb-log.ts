import { BACKWARDS, END, FORWARDS, START, type Position } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../../../events/envelope';
import type { LogFilter, ReadAllResult } from '../event-store.port';
import { keeps, matchesNothing, serverFilterFor } from './filter.mapping';
import type { KurrentClientPort } from './kurrentdb-client.port';
import { LEADER, ownEvent, positionOf, recordOf } from './kurrentdb-records';
import { compareRawPositions, encodePosition } from './position.mapping';

const CHUNK_MAX = 1000;

/** The newest event this store can see: in its namespace, never a system event. */
export const readHead = async (client: KurrentClientPort, prefix: string): Promise<Position | null> => {
  const filter = serverFilterFor(undefined, prefix);
  for await (const resolved of client.readAll({ ...LEADER, direction: BACKWARDS, fromPosition: END, maxCount: 1, filter })) {
    return positionOf(recordOf(resolved));
  }
  return null;
};

export interface LogPageRequest {
  readonly after: Position | null;
  readonly limit: number;
  readonly filter?: LogFilter;
}

/**
 * One page of `$all` after a cursor. The head is read first and the scan stops
 * there, so the page is a snapshot up to that head: when the page comes back
 * short, every event up to the head was looked at, and the cursor may jump to the
 * head past whatever the filters skipped (the server's own skips included). A
 * forward read starts AT its position, so the cursor's own event is dropped here.
 */
export const readLogPage = async (client: KurrentClientPort, prefix: string, request: LogPageRequest): Promise<ReadAllResult> => {
  const { after, limit, filter } = request;
  const head = await readHead(client, prefix);
  const scannedTo = head !== null && (after === null || compareRawPositions(head, after) > 0) ? head : after;
  const end = { nextCursor: scannedTo === null ? null : encodePosition(scannedTo), isEnd: true };
  if (head === null || scannedTo !== head || matchesNothing(filter)) return { events: [], ...end };

  const events: RecordedEvent[] = [];
  const serverFilter = serverFilterFor(filter, prefix);
  const chunk = Math.min(limit, CHUNK_MAX) + 1;
  let seen = after;
  let lastKept: Position | null = null;
  let reachedHead = false;
  while (!reachedHead && events.length < limit) {
    let count = 0;
    let stoppedEarly = false;
    const fromPosition = seen ?? START;
    for await (const resolved of client.readAll({ ...LEADER, direction: FORWARDS, fromPosition, maxCount: chunk, filter: serverFilter })) {
      count += 1;
      const record = recordOf(resolved);
      const position = positionOf(record);
      if (seen !== null && compareRawPositions(position, seen) <= 0) continue;
      if (compareRawPositions(position, head) > 0) {
        reachedHead = stoppedEarly = true;
        break;
      }
      seen = position;
      const event = ownEvent(prefix, record);
      if (event && keeps(filter, event)) {
        events.push(event);
        lastKept = position;
      }
      if (compareRawPositions(position, head) === 0) reachedHead = true;
      if (reachedHead || events.length === limit) {
        stoppedEarly = true;
        break;
      }
    }
    // A short read (filtered on the server, counted after filtering) means the log ended.
    if (!stoppedEarly && count < chunk) reachedHead = true;
  }
  if (events.length === limit && lastKept !== null) {
    return { events, nextCursor: encodePosition(lastKept), isEnd: compareRawPositions(lastKept, head) >= 0 };
  }
  return { events, ...end };
};
