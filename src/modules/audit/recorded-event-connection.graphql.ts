import type { RecordedEvent } from '../../events/envelope';
import { type Connection, connectionOf } from '../../infrastructure/graphql/connection.graphql';
import { RecordedEventType } from './stream-history/recorded-event.graphql';

/** Pages of full envelopes: a stream's history, the audit log, the evidence behind a figure. */
export const RecordedEventConnection = connectionOf(RecordedEventType, 'RecordedEvent');

/**
 * A page of events with each edge's cursor. `endCursor` defaults to the last edge's;
 * a scan that filters passes where it stopped instead, so even an empty page says
 * where to continue.
 */
export const recordedEventPage = (
  events: readonly RecordedEvent[],
  cursor: (event: RecordedEvent) => string,
  hasNextPage: boolean,
  endCursor?: string | null,
): Connection<RecordedEventType> => {
  const edges = events.map((event) => ({ node: RecordedEventType.of(event), cursor: cursor(event) }));
  return { edges, pageInfo: { hasNextPage, endCursor: endCursor === undefined ? (edges.at(-1)?.cursor ?? null) : endCursor } };
};
