import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { NewEvent } from '../../src/events/envelope';
import type { EventStore } from '../../src/infrastructure/event-store/event-store.port';
import { LogTail } from '../../src/projections/activity-feed/live/log-tail';
import type { TestApp } from './test-app';

export const ACTIVITY = `subscription Follow($unitId: ID!, $includeDescendants: Boolean, $types: [ActivityType!], $after: String) {
  activity(unitId: $unitId, includeDescendants: $includeDescendants, types: $types, after: $after) { id type position unitId unitPath summary { ar fr en } }
}`;

export interface FeedItem {
  readonly id: string;
  readonly type: string;
  readonly position: string;
  readonly unitId: string;
  readonly unitPath: string;
  readonly summary: Record<string, string | null>;
}

/** One subscription over a real graphql-ws connection, collecting what arrives. */
export class Follower {
  readonly items: FeedItem[] = [];
  readonly errors: Array<{ message: string; extensions?: Record<string, unknown> }> = [];
  completed = false;
  private stop: () => void = () => undefined;

  constructor(private readonly client: Client) {}

  start(query: string, variables: Record<string, unknown>): this {
    this.stop = this.client.subscribe<{ activity: FeedItem }>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) this.errors.push(...(result.errors as Follower['errors']));
          if (result.data?.activity) this.items.push(result.data.activity);
        },
        error: (error) => this.errors.push({ message: String((error as Error)?.message ?? error) }),
        complete: () => (this.completed = true),
      },
    );
    return this;
  }

  async waitFor(count: number, timeoutMs = 15_000): Promise<void> {
    await until(() => this.items.length >= count || this.completed, timeoutMs, () => `${this.items.length}/${count} items`);
  }

  unsubscribe(): void {
    this.stop();
  }
}

/** A graphql-ws client that authenticates at connection_init, as the test app's default principal unless given another credential. */
export const connect = (app: TestApp, authorization?: string): Client =>
  createClient({
    url: app.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: async () => ({ authorization: authorization ?? (await app.authorization()) }),
  });

export const follow = (app: TestApp, variables: Record<string, unknown>, client = connect(app)): Follower => new Follower(client).start(ACTIVITY, variables);

/** Resolves once the service's log tail has this many subscribers registered. */
export const subscribersRegistered = async (app: TestApp, count: number): Promise<void> => {
  const tail = app.app.get(LogTail);
  await until(() => tail.subscriberCount >= count, 10_000, () => `${tail.subscriberCount}/${count} subscribers`);
};

/** Resolves once the service's log tail has passed this position on. */
export const tailSeen = async (app: TestApp, position: string): Promise<void> => {
  const tail = app.app.get(LogTail);
  await until(() => tail.headSeen !== null && app.store.comparePositions(tail.headSeen, position) >= 0, 10_000, () => `tail at ${tail.headSeen}`);
};

export const until = async (done: () => boolean, timeoutMs: number, progress: () => string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting: ${progress()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

let sequence = 0;

/** Appends `count` MemberJoined events under `unitPath`, in appends of `batch`. */
export const appendJoins = async (store: EventStore, unitPath: string, count: number, batch = 1): Promise<void> => {
  for (let start = 0; start < count; start += batch) {
    const events: NewEvent[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      sequence += 1;
      const memberId = `live-${process.pid}-${sequence}`;
      events.push({
        id: `00000000-0000-4000-a000-${String(sequence).padStart(12, '0')}`,
        type: 'MemberJoined',
        schemaVersion: 1,
        data: { memberId, unitId: unitPath.split('/').pop(), fullName: { ar: `عضو ${sequence}` }, honorific: null, joinedOn: '2021-06-07' },
        metadata: { actor: 'test', correlationId: 'live', causationId: null, occurredAt: '2021-06-07T12:00:00.000Z', unitPath },
      });
    }
    await store.append(`member-${events[0]!.data && (events[0]!.data as { memberId: string }).memberId}`, events, 'noStream');
  }
};

/** True when positions are consecutive integers: nothing skipped, nothing repeated. */
export const consecutive = (positions: readonly string[]): boolean => positions.every((position, index) => index === 0 || BigInt(position) === BigInt(positions[index - 1]!) + 1n);
