import type { EventStore } from '../../src/infrastructure/event-store/event-store.port';
import { appendContract } from './sections/append.contract-section';
import { idempotencyContract } from './sections/idempotency.contract-section';
import { lifecycleContract } from './sections/lifecycle.contract-section';
import { readAllContract } from './sections/read-all.contract-section';
import { readStreamContract } from './sections/read-stream.contract-section';
import { subscribeAllContract } from './sections/subscribe-all.contract-section';
import { concurrentWritersContract } from './sections/concurrent-writers.contract-section';
import { unicodeContract } from './sections/unicode.contract-section';
import { hashChainContract } from './sections/hash-chain.contract-section';
import { importRecordedContract } from './sections/import-recorded.contract-section';

export interface StoreFixture {
  readonly store: EventStore;
  /** Closes every store the fixture opened and deletes its data. */
  readonly cleanup: () => Promise<void>;
  /** Opens another store over the same data (closed by cleanup). */
  readonly reopen: () => Promise<EventStore>;
}

export interface StoreFactoryOptions {
  readonly clock: () => Date;
}

export type StoreFactory = (options: StoreFactoryOptions) => Promise<StoreFixture>;

/** What an adapter's backend cannot promise; the defaults are the SQL stores' full promise. */
export interface ContractOptions {
  /** Positions are consecutive integers (1, 2, 3 …); otherwise only their order is checked. */
  readonly densePositions?: boolean;
  /** An id already stored in one stream is refused in another (a global id index). */
  readonly eventIdsUniqueAcrossStreams?: boolean;
}

export interface ContractContext {
  readonly store: () => EventStore;
  readonly fixture: () => StoreFixture;
  /** What the injected clock answers, so recordedAt is predictable. */
  readonly now: Date;
  readonly options: Required<ContractOptions>;
}

/** The behaviour every EventStore adapter promises; each test gets a fresh, empty store. */
export const eventStoreContract = (name: string, factory: StoreFactory, contractOptions: ContractOptions = {}): void => {
  describe(`${name} event store`, () => {
    const now = new Date('2021-06-07T21:30:00.123Z');
    const options = { densePositions: true, eventIdsUniqueAcrossStreams: true, ...contractOptions };
    let current: StoreFixture | null = null;
    const fixture = (): StoreFixture => {
      if (!current) throw new Error('no store: the contract suite opens one per test');
      return current;
    };
    const context: ContractContext = { store: () => fixture().store, fixture, now, options };

    beforeEach(async () => {
      current = await factory({ clock: () => new Date(now) });
    });

    afterEach(async () => {
      await current?.cleanup();
      current = null;
    });

    appendContract(context);
    idempotencyContract(context);
    readStreamContract(context);
    readAllContract(context);
    subscribeAllContract(context);
    unicodeContract(context);
    lifecycleContract(context);
    concurrentWritersContract(context);
    hashChainContract(context);
    importRecordedContract(context);
  });
};
