import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '../../src/infrastructure/event-store/event-store.port';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { eventStoreContract } from './event-store.contract';
import { anEvent, iteratorOf, settledWithin, takeEvents } from './sections/events.fixture';

eventStoreContract('SQLite', async ({ clock }) => {
  const directory = mkdtempSync(join(tmpdir(), 'sijill-sqlite-'));
  // A missing parent directory proves the store creates it.
  const path = join(directory, 'nested', 'events.sqlite');
  const opened: EventStore[] = [new SqliteEventStore({ path, clock })];
  return {
    store: opened[0]!,
    reopen: async () => {
      const store = new SqliteEventStore({ path, clock });
      opened.push(store);
      return store;
    },
    cleanup: async () => {
      await Promise.all(opened.map((store) => store.close()));
      rmSync(directory, { recursive: true, force: true });
    },
  };
});

describe('SQLite specifics', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'sijill-sqlite-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('creates missing parent directories and writes in WAL mode', async () => {
    const path = join(directory, 'a', 'b', 'events.sqlite');
    const store = new SqliteEventStore({ path });
    await store.append('meeting-1', [anEvent()], 'noStream');
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 1 });
    } finally {
      raw.close();
      await store.close();
    }
  });

  it('works in memory', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const result = await store.append('meeting-1', [anEvent(), anEvent()], 'noStream');
    expect(await store.headPosition()).toBe(result.position);
    await store.close();
  });

  it('wakes a subscriber of one process when another process writes the same file', async () => {
    const path = join(directory, 'events.sqlite');
    const [reader, writer] = [new SqliteEventStore({ path }), new SqliteEventStore({ path })];
    const iterator = iteratorOf(reader.subscribeAll());
    const event = anEvent();
    const taking = takeEvents(iterator, 1, 2000);
    expect(await settledWithin(taking, 100)).toBe('pending');

    await writer.append('meeting-1', [event], 'noStream');

    expect((await taking)[0]?.id).toBe(event.id);
    await Promise.all([reader.close(), writer.close()]);
  });
});
