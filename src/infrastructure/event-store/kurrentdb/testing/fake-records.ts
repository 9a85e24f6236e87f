import { STREAM_NAME, type AllStreamResolvedEvent, type Filter, type Position } from '@kurrent/kurrentdb-client';
import type { StoredRecord } from '../event.mapping';

/** A record as the model stores it: every record has its `$all` position. */
export type Stored = StoredRecord & { readonly position: Position };

/** What the client does to data and metadata: JSON.stringify, UTF-8 on the wire, JSON.parse on the way back. */
export const wire = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(Buffer.from(JSON.stringify(value), 'utf8').toString());

/** The server's filter: a regular expression or prefixes, on the stream name or the event type. */
export const serverKeeps = (filter: Filter | undefined, event: Stored): boolean => {
  if (!filter) return true;
  const subject = filter.filterOn === STREAM_NAME ? event.streamId : event.type;
  return 'regex' in filter ? new RegExp(filter.regex).test(subject) : filter.prefixes.some((prefix) => subject.startsWith(prefix));
};

export const resolved = (event: Stored): AllStreamResolvedEvent => ({ event: event as never, commitPosition: event.position.commit });
