import { randomBytes, randomUUID } from 'node:crypto';
import { eventStoreContract } from '../../../../test/contract/event-store.contract';
import { anEvent, iteratorOf, someEvents, takeEvents } from '../../../../test/contract/sections/events.fixture';
import { ConcurrencyError, DuplicateEventIdError } from '../event-store.errors';
import type { EventStore } from '../event-store.port';
import { KurrentDbConfigError, KurrentDbUnavailableError } from './connection-string.mapping';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import { FakeKurrentDbClient, type FakeOptions } from './testing/fake-kurrentdb-client';

/**
 * The shared contract, run here against the adapter over an in-memory model of
 * the client (no server can run on this machine). It checks the adapter's own
 * logic (cursors, filters, idempotency, resubscription) under the server rules
 * the model encodes; it is not a substitute for the live run in
 * test/contract/kurrentdb.contract.spec.ts.
 */
const overModel = (fake: FakeOptions, streamPrefix: () => string) =>
  eventStoreContract.bind(null, `KurrentDB adapter over a client model (${fake.noise ?? 'quiet'})`, async ({ clock }) => {
    const client = new FakeKurrentDbClient(fake);
    const prefix = streamPrefix();
    const opened: EventStore[] = [new KurrentDbEventStore(client, { clock, streamPrefix: prefix })];
    return {
      store: opened[0]!,
      reopen: async () => {
        const store = new KurrentDbEventStore(client, { clock, streamPrefix: prefix });
        opened.push(store);
        return store;
      },
      cleanup: async () => {
        await Promise.all(opened.map((store) => store.close()));
      },
    };
  });

const limits = { densePositions: false, eventIdsUniqueAcrossStreams: false };
overModel({ noise: 'system+tenant' }, () => `run${randomBytes(4).toString('hex')}_`)(limits);
overModel({ noise: 'system' }, () => '')(limits);

describe('KurrentDB adapter specifics', () => {
  const stores: EventStore[] = [];
  const open = (client = new FakeKurrentDbClient({ noise: 'system' })): { client: FakeKurrentDbClient; store: EventStore } => {
    const store = new KurrentDbEventStore(client, { resubscribeDelayMs: { initial: 5, max: 20 } });
    stores.push(store);
    return { client, store };
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });

  it('keeps a subscription going across dropped connections, without repeating or skipping an event', async () => {
    const { client, store } = open();
    const iterator = iteratorOf(store.subscribeAll({ filter: { categories: ['meeting'] } }));
    const written = [...someEvents(3), ...someEvents(3), ...someEvents(3)];

    await store.append('meeting-1', written.slice(0, 3), 'noStream');
    const first = await takeEvents(iterator, 2);
    client.dropSubscriptions();
    await store.append('meeting-1', written.slice(3, 6), 2);
    const second = await takeEvents(iterator, 3);
    client.dropSubscriptions();
    client.dropSubscriptions();
    await store.append('member-1', [anEvent()], 'noStream');
    await store.append('meeting-2', written.slice(6), 'noStream');
    const third = await takeEvents(iterator, 4);

    expect([...first, ...second, ...third].map((event) => event.id)).toEqual(written.map((event) => event.id));
    expect(client.liveSubscriptions).toBe(1);
  });

  it('reads a stream backwards from beyond its last revision as from the last one', async () => {
    const { store } = open();
    await store.append('member-1', someEvents(5), 'noStream');

    const read = await store.readStream('member-1', { direction: 'backwards', fromRevision: 9, limit: 2 });

    expect(read.map((event) => event.revision)).toEqual([4, 3]);
  });

  it('returns the original result for a replay under any, though the server does not deduplicate it', async () => {
    const { client, store } = open();
    const batch = someEvents(2);
    const original = await store.append('meeting-1', batch, 'any');
    const logLength = client.log.length;

    expect(await store.append('meeting-1', batch, 'any')).toEqual(original);
    expect(await store.append('meeting-1', batch, 'streamExists')).toEqual(original);
    expect(client.log).toHaveLength(logLength);
  });

  it('refuses a batch that partly repeats stored ids under an exact expectation, naming the stored id', async () => {
    const { store } = open();
    const [stored, fresh] = [anEvent(), anEvent()];
    await store.append('meeting-1', [stored], 'noStream');

    const failure = store.append('meeting-1', [stored, fresh], 'noStream');

    await expect(failure).rejects.toBeInstanceOf(DuplicateEventIdError);
    await expect(failure).rejects.toMatchObject({ streamId: 'meeting-1', eventId: stored.id });
    expect((await store.readStream('meeting-1')).map((event) => event.id)).toEqual([stored.id]);
  });

  it('names expected and actual revision when the stream moved on and the batch is not a replay', async () => {
    const { store } = open();
    await store.append('meeting-1', someEvents(2), 'noStream');

    const failure = store.append('meeting-1', [anEvent()], 0);

    await expect(failure).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(failure).rejects.toMatchObject({ streamId: 'meeting-1', expected: 0, actual: 1 });
  });

  it('refuses event ids the server would not hand back unchanged', async () => {
    const { client, store } = open();
    await expect(store.append('meeting-1', [anEvent({ id: randomUUID().toUpperCase() })], 'noStream')).rejects.toThrow(
      /lowercase UUID/,
    );
    expect(client.log).toHaveLength(0);
  });

  it('fails fast when no server answers, naming the variable and the host but not the password', async () => {
    const opening = KurrentDbEventStore.open({
      connectionString: 'kurrentdb://admin:s3cret-pw@127.0.0.1:1?tls=false',
      connectTimeoutMs: 4000,
    });

    await expect(opening).rejects.toBeInstanceOf(KurrentDbUnavailableError);
    const message = await opening.catch((error: Error) => error.message);
    expect(message).toContain('KURRENTDB_CONNECTION_STRING=kurrentdb://admin:***@127.0.0.1:1?tls=false');
    expect(message).toContain('did not answer at 127.0.0.1:1');
    expect(message).not.toContain('s3cret-pw');
  });

  it('refuses a connection string the client cannot parse, without leaking its password', async () => {
    const opening = KurrentDbEventStore.open({ connectionString: 'kurrentdb://admin:s3cret-pw@node1:notaport' });

    await expect(opening).rejects.toBeInstanceOf(KurrentDbConfigError);
    const message = await opening.catch((error: Error) => error.message);
    expect(message).toContain('KURRENTDB_CONNECTION_STRING');
    expect(message).not.toContain('s3cret-pw');
  });
});
