import { randomBytes } from 'node:crypto';
import type { EventStore } from '../../src/infrastructure/event-store/event-store.port';
import { KurrentDbEventStore } from '../../src/infrastructure/event-store/kurrentdb/kurrentdb-event-store';
import { eventStoreContract } from './event-store.contract';

/**
 * The shared contract against a live KurrentDB / EventStoreDB, whenever
 * KURRENTDB_CONNECTION_STRING points at one (e.g. kurrentdb://127.0.0.1:2113?tls=false
 * for `--insecure --dev`). No server can be installed on our own machines, so
 * without it the suite reports itself skipped; CI does not require it.
 *
 * A live server cannot be wiped, so every test gets its own stream prefix and
 * sees an empty log of its own. What the server cannot promise is declared, not
 * hidden: positions are log offsets (not 1, 2, 3 …), and an event id is unique
 * within a stream, not across streams (see kurrentdb-append.ts).
 */
const connectionString = process.env.KURRENTDB_CONNECTION_STRING;

if (!connectionString) {
  // Jest does not list a suite whose every test is skipped, so say it where the run is read.
  process.stdout.write('\n[sijill] KurrentDB contract suite SKIPPED: no KurrentDB server (set KURRENTDB_CONNECTION_STRING)\n');
  describe('KurrentDB adapter', () => {
    it.skip('skipped: no KurrentDB server (set KURRENTDB_CONNECTION_STRING)', () => undefined);
  });
} else {
  describe('KurrentDB adapter', () => {
    const run = `sijilltest${randomBytes(4).toString('hex')}`;
    let opened = 0;

    eventStoreContract(
      'KurrentDB',
      async ({ clock }) => {
        const streamPrefix = `${run}_${(opened += 1)}_`;
        const open = () => KurrentDbEventStore.open({ connectionString, clock, streamPrefix });
        const stores: EventStore[] = [await open()];
        return {
          store: stores[0]!,
          reopen: async () => {
            const store = await open();
            stores.push(store);
            return store;
          },
          // Nothing to delete: the prefix is never used again.
          cleanup: async () => {
            await Promise.all(stores.map((store) => store.close()));
          },
        };
      },
      { densePositions: false, eventIdsUniqueAcrossStreams: false },
    );
  });
}
