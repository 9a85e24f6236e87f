import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { validationError } from '../../shared-kernel/domain-error';
import { RecordedEventType } from './recorded-event.graphql';

const MAX_PAGE = 1000;

@Resolver()
export class StreamHistoryResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => [RecordedEventType], { description: 'The events of one stream, oldest first, exactly as recorded.' })
  async streamHistory(
    @Args('streamId') streamId: string,
    @Args('fromRevision', { type: () => Int, defaultValue: 0 }) fromRevision: number,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
  ): Promise<RecordedEventType[]> {
    if (!/^[A-Za-z]+-[\w.:-]{1,100}$/.test(streamId)) throw validationError('streamId', 'must be <category>-<id>, e.g. meeting-<id>');
    if (fromRevision < 0) throw validationError('fromRevision', 'must not be negative');
    if (first < 1 || first > MAX_PAGE) throw validationError('first', `must be between 1 and ${MAX_PAGE}`);
    const events = await this.store.readStream(streamId, { fromRevision, limit: first });
    return events.map(RecordedEventType.of);
  }
}
