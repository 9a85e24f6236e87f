import { Client } from 'pg';
import { ConcurrencyError } from '../../src/infrastructure/event-store/event-store.errors';
import { PostgresEventStore } from '../../src/infrastructure/event-store/postgres/postgres-event-store';
import { createTestSchema, describeWithPostgres, TEST_DATABASE_URL } from '../support/postgres';
import { anEvent } from './sections/events.fixture';

describeWithPostgres('PostgreSQL adapter: the one-statement append', () => {
  let schema: string;
  let drop: () => Promise<void>;
  const stores: PostgresEventStore[] = [];
  const open = async (): Promise<PostgresEventStore> => {
    const store = await PostgresEventStore.open({ connectionString: TEST_DATABASE_URL, schema });
    stores.push(store);
    return store;
  };

  /** Statements the driver sends while `work` runs (a pooled query is one round trip). */
  const statementsDuring = async (work: () => Promise<unknown>): Promise<number> => {
    const query = jest.spyOn(Client.prototype, 'query');
    try {
      await work();
      return query.mock.calls.length;
    } finally {
      query.mockRestore();
    }
  };

  beforeEach(async () => {
    ({ schema, drop } = await createTestSchema());
  });

  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await drop();
  });

  it('appends to a new stream, and to a stream whose end it has read or written, in one round trip', async () => {
    const store = await open();

    expect(await statementsDuring(() => store.append('meeting-1', [anEvent()], 'noStream'))).toBe(1);
    expect(await statementsDuring(() => store.append('meeting-1', [anEvent(), anEvent()], 0))).toBe(1);

    const other = await open();
    await other.readStream('meeting-1');
    expect(await statementsDuring(() => other.append('meeting-1', [anEvent()], 2))).toBe(1);
  });

  it('takes the long way when it does not know where the stream ends, and still chains on the stored end', async () => {
    const store = await open();
    await store.append('meeting-1', [anEvent()], 'noStream');
    const other = await open();

    expect(await statementsDuring(() => other.append('meeting-1', [anEvent()], 0))).toBeGreaterThan(1);

    const [first, second] = await other.readStream('meeting-1');
    expect(second!.metadata.previousHash).toBe(first!.metadata.hash);
  });

  it('notices that another instance moved the stream past the end it remembers', async () => {
    const store = await open();
    await store.append('meeting-1', [anEvent()], 'noStream');
    const other = await open();
    await other.append('meeting-1', [anEvent()], 'streamExists');

    await expect(store.append('meeting-1', [anEvent()], 0)).rejects.toBeInstanceOf(ConcurrencyError);
    const result = await store.append('meeting-1', [anEvent()], 'streamExists');

    expect(result.nextExpectedRevision).toBe(2);
    const events = await store.readStream('meeting-1');
    expect(events.map((event) => event.metadata.previousHash)).toEqual([expect.any(String), events[0]!.metadata.hash, events[1]!.metadata.hash]);
  });
});
