import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { type Connection, decodeCursor, encodeCursor } from '../../../infrastructure/graphql/connection.graphql';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { validationError } from '../../shared-kernel/domain-error';
import { RecordedEventConnection, recordedEventPage } from '../recorded-event-connection.graphql';
import type { RecordedEventType } from './recorded-event.graphql';

const MAX_PAGE = 1000;

/** The revision an `after` cursor of this list carries. */
const revisionAfter = (after: string | null): number | null => {
  const key = decodeCursor(after);
  if (key === null) return null;
  const [revision] = key;
  if (key.length !== 1 || !Number.isInteger(revision) || (revision as number) < 0) throw validationError('after', 'is not a cursor this list gave out');
  return revision as number;
};

@Resolver()
export class StreamHistoryResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => RecordedEventConnection, {
    description: 'The events of one stream, oldest first, exactly as recorded: the original and every later fact (a correction says who, when and why).',
  })
  async streamHistory(
    @Args('streamId') streamId: string,
    @Args('fromRevision', { type: () => Int, defaultValue: 0, description: 'First revision to return (0-based).' }) fromRevision: number,
    @Args('first', { type: () => Int, defaultValue: 100, description: `Page size, 1 to ${MAX_PAGE}.` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: "Continue after this edge's cursor." }) after: string | null,
  ): Promise<Connection<RecordedEventType>> {
    if (!/^[A-Za-z]+-[\w.:-]{1,100}$/.test(streamId)) throw validationError('streamId', 'must be <category>-<id>, e.g. meeting-<id>');
    if (fromRevision < 0) throw validationError('fromRevision', 'must not be negative');
    if (first < 1 || first > MAX_PAGE) throw validationError('first', `must be between 1 and ${MAX_PAGE}`);
    const afterRevision = revisionAfter(after);
    const start = Math.max(fromRevision, afterRevision === null ? 0 : afterRevision + 1);
    // One more than asked says whether another page follows without a second read.
    const events = await this.store.readStream(streamId, { fromRevision: start, limit: first + 1 });
    return recordedEventPage(events.slice(0, first), (event) => encodeCursor([event.revision]), events.length > first);
  }
}
