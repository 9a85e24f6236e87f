import { randomUUID } from 'node:crypto';
import type { NewEvent, RecordedEvent, WriterMetadata } from '../../../src/events/envelope';
import type { EventStore, EventSubscription } from '../../../src/infrastructure/event-store/event-store.port';

export interface EventOverrides {
  readonly id?: string;
  readonly type?: string;
  readonly schemaVersion?: number;
  readonly data?: unknown;
  readonly metadata?: Partial<WriterMetadata>;
}

export const anEvent = (overrides: EventOverrides = {}): NewEvent => ({
  id: overrides.id ?? randomUUID(),
  type: overrides.type ?? 'MeetingHeld',
  schemaVersion: overrides.schemaVersion ?? 1,
  data: overrides.data ?? { kind: 'SECRETARIAT', attendees: 12 },
  metadata: {
    actor: 'user-7',
    correlationId: randomUUID(),
    causationId: null,
    occurredAt: '2021-06-07T19:00:00.000Z',
    unitPath: '/pam/fes-meknes/el-hajeb',
    ...overrides.metadata,
  },
});

export const someEvents = (count: number, overrides: EventOverrides = {}): NewEvent[] =>
  Array.from({ length: count }, () => anEvent(overrides));

/** Pulls exactly `count` events without ending the subscription, failing after `timeoutMs`. */
export const takeEvents = async (
  iterator: AsyncIterator<RecordedEvent>,
  count: number,
  timeoutMs = 5000,
): Promise<RecordedEvent[]> => {
  const taken: RecordedEvent[] = [];
  const deadline = Date.now() + timeoutMs;
  while (taken.length < count) {
    const next = await withTimeout(iterator.next(), deadline - Date.now(), `only ${taken.length}/${count} events`);
    if (next.done) throw new Error(`subscription ended after ${taken.length}/${count} events`);
    taken.push(next.value);
  }
  return taken;
};

export const iteratorOf = (subscription: EventSubscription): AsyncIterator<RecordedEvent> =>
  subscription[Symbol.asyncIterator]();

export const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), Math.max(ms, 0));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/** Resolves to 'pending' when the promise has not settled within `ms`. */
export const settledWithin = async <T>(promise: Promise<T>, ms: number): Promise<T | 'pending'> =>
  Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);

export const readWholeLog = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    events.push(...page.events);
    after = page.nextCursor;
    if (page.isEnd) return events;
  }
};
