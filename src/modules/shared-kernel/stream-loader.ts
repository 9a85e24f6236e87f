import type { RecordedEvent } from '../../events/envelope';
import type { DomainEvent } from '../../events/registry';
import { upcast } from '../../events/upcasting';
import type { EventStore } from '../../infrastructure/event-store/event-store.port';
import type { StateModel } from './decider';

export interface LoadedStream<S> {
  readonly state: S;
  /** Revision of the last event, -1 for a stream with none. */
  readonly revision: number;
  readonly events: readonly RecordedEvent[];
}

/** Reads a whole stream and folds it; events this code cannot read are skipped, never guessed at. */
export const loadStream = async <S, E extends DomainEvent>(
  store: EventStore,
  streamId: string,
  model: StateModel<S, E>,
): Promise<LoadedStream<S>> => {
  const events = await store.readStream(streamId);
  let state = model.initialState();
  for (const recorded of events) {
    const event = upcast(recorded);
    if (event) state = model.evolve(state, event as E);
  }
  const last = events[events.length - 1];
  return { state, revision: last ? last.revision : -1, events };
};
