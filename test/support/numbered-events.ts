import type { NewEvent } from '../../src/events/envelope';

/**
 * New events for specs that append straight to a store: ids and correlation ids
 * numbered from 1 by each maker, so a spec's log reads the same on every run.
 */
export const numberedEvents = (actor: string): ((type: string, data: Record<string, unknown>, unitPath?: string) => NewEvent) => {
  let n = 0;
  return (type, data, unitPath = '/') => {
    n += 1;
    return {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      type,
      schemaVersion: 1,
      data,
      metadata: { actor, correlationId: `c${n}`, causationId: null, occurredAt: '2021-06-01T12:00:00.000Z', unitPath },
    };
  };
};
