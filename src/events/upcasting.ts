import type { RecordedEvent } from './envelope';
import { orgUnitEstablishedV1ToV2, type OrgUnitEstablishedV1Data } from './org-units.v1';
import { CURRENT_SCHEMA_VERSIONS, type DomainEvent, isDomainEventType } from './registry';

type Upcaster = (data: unknown) => unknown;

/**
 * Lifts a stored payload from schema version n to n+1, keyed `Type@n`; each entry
 * reads a frozen `*.v<n>.ts` shape.
 */
const UPCASTERS: Readonly<Record<string, Upcaster>> = {
  'OrgUnitEstablished@1': (data) => orgUnitEstablishedV1ToV2(data as OrgUnitEstablishedV1Data),
};

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
