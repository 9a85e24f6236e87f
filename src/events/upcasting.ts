import type { RecordedEvent } from './envelope';
import { CURRENT_SCHEMA_VERSIONS, type DomainEvent, isDomainEventType } from './registry';

type Upcaster = (data: unknown) => unknown;

/**
 * Lifts a stored payload from schema version n to n+1, keyed `Type@n`. Empty while
 * every event is at version 1; an entry joins a frozen `*.v1.ts` shape when one changes.
 */
const UPCASTERS: Readonly<Record<string, Upcaster>> = {};

/** The event as today's code understands it, or null for a type this code does not know. */
export const upcast = (recorded: RecordedEvent): DomainEvent | null => {
  if (!isDomainEventType(recorded.type)) return null;
  let data = recorded.data;
  for (let version = recorded.schemaVersion; version < CURRENT_SCHEMA_VERSIONS[recorded.type]; version++) {
    const lift = UPCASTERS[`${recorded.type}@${version}`];
    if (!lift) return null;
    data = lift(data);
  }
  return { type: recorded.type, data } as DomainEvent;
};
