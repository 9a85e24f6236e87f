import type { EventMetadata } from '../../../events/envelope';
import type { DomainEvent } from '../../../events/registry';
import { MemoryRows } from '../memory-rows';
import type { ProjectedEvent, Projection } from '../projection';

export type GivenEvent = DomainEvent & { readonly streamId?: string; readonly metadata?: Partial<EventMetadata> };

/** Numbers events 1, 2, 3 … in the log and fills the envelope a spec does not care about. */
export const inLog = (...events: GivenEvent[]): ProjectedEvent[] =>
  events.map((event, index) => ({
    ...event,
    id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    streamId: event.streamId ?? 'test-stream',
    revision: index,
    position: String(index + 1),
    metadata: {
      actor: 'recorder',
      correlationId: 'correlation',
      causationId: null,
      occurredAt: '2021-06-07T12:00:00.000Z',
      recordedAt: '2021-06-08T09:00:00.000Z',
      unitPath: '/pam',
      ...event.metadata,
    },
  })) as ProjectedEvent[];

/** Applies every event in order; with `twice`, each event is applied a second time straight after. */
export const project = async (projection: Projection, events: readonly ProjectedEvent[], options: { twice?: boolean } = {}): Promise<MemoryRows> => {
  const rows = new MemoryRows();
  for (const event of events) {
    await rows.apply(projection, event);
    if (options.twice) await rows.apply(projection, event);
  }
  return rows;
};
