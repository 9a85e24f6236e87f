import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '../../src/events/envelope';
import type { EventStore, EventSubscription, SubscribeAllOptions } from '../../src/infrastructure/event-store/event-store.port';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { LogTail } from '../../src/projections/activity-feed/live/log-tail';
import { appendJoins, consecutive, until } from '../support/feed-client';

/** The real store, whose live subscriptions break after `breakAfter` events, as a dropped connection would. */
const droppingConnections = (store: EventStore, breakAfter: number): EventStore & { drops: number } => {
  const dropping = Object.create(store) as EventStore & { drops: number };
  dropping.drops = 0;
  dropping.subscribeAll = (options?: SubscribeAllOptions): EventSubscription => {
    const inner = store.subscribeAll(options);
    return {
      close: () => inner.close(),
      async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
        let seen = 0;
        for await (const event of inner) {
          yield event;
          if (++seen === breakAfter) {
            dropping.drops += 1;
            await inner.close();
            throw new Error('connection reset');
          }
        }
      },
    };
  };
  return dropping;
};

describe('the log tail when the store connection drops', () => {
  it('reconnects and resumes from the last event it passed on: subscribers see only a delay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sijill-tail-'));
    const real = new SqliteEventStore({ path: join(dir, 'sijill.db') });
    const store = droppingConnections(real, 7);
    const tail = new LogTail(store);
    await tail.onApplicationBootstrap();
    const { subscriber } = tail.register({ unitPath: '/pam', includeDescendants: true, eventTypes: new Set() }, null, 1000);
    try {
      await appendJoins(real, '/pam/fes-meknes', 30, 3);
      const seen: string[] = [];
      const reading = (async () => {
        while (seen.length < 30) {
          const next = await subscriber.next();
          if (next === null || !('position' in next)) return;
          seen.push(next.position);
        }
      })();
      await until(() => seen.length >= 30, 15_000, () => `${seen.length}/30`);
      await reading;
      expect(store.drops).toBeGreaterThanOrEqual(3);
      expect(seen[0]).toBe('1');
      expect(consecutive(seen)).toBe(true);
    } finally {
      await tail.onApplicationShutdown();
      await real.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
