import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { SijillConfig } from '../../infrastructure/config/config.schema';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { READ_DATABASE, type ReadDatabase } from '../../infrastructure/database/read-database';
import type { RecordedEvent } from '../../events/envelope';
import { type OpenedEvent, PersonalData } from '../../infrastructure/privacy/personal-data';
import { PROJECTIONS } from '../projections';
import { Generations } from './generations';
import type { Projection } from './projection';
import { createProjectionTables, dropProjectionTables, indexProjectionTables } from './projection-tables';
import { ProjectionRunner, type RunnerPrivacy } from './projection-runner';
import { ReadModels } from './read-models';
import { migrateReadDatabase } from './runner-migrations';

const RETRY_MS = 1000;
const IDLE_MS = 2000;

/**
 * Keeps every read model folded up to the head of the log: one loop per running
 * generation, sleeping on a live subscription when caught up. Building
 * generations are promoted the moment they catch up.
 */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(ProjectionsService.name);
  private readonly generations: Generations;
  private readonly abort = new AbortController();
  private readonly loops: Promise<void>[] = [];

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DATABASE) private readonly readDb: ReadDatabase,
    private readonly readModels: ReadModels,
    private readonly config: ConfigService<SijillConfig, true>,
    private readonly personalData: PersonalData,
  ) {
    this.generations = new Generations(readDb.db, undefined, (work) => readDb.exclusive(work));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.prepare();
    if (this.config.get('SIJILL_PROJECTIONS', { infer: true }) === 'off') return;
    for (const projection of PROJECTIONS) this.loops.push(this.keepRunning(projection));
  }

  /** Lets every loop finish its batch while the event store is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    this.abort.abort();
    await Promise.all(this.loops);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readDb.close();
  }

  /** Migrates the read database and creates the tables of every generation to run. */
  async prepare(): Promise<void> {
    await migrateReadDatabase(this.readDb.db, this.readDb.dialect);
    for (const projection of PROJECTIONS) {
      // Retired generations were kept for queries already reading them; by a restart none are.
      for (const retired of (await this.generations.list(projection.name)).filter((g) => g.status === 'retired')) {
        await dropProjectionTables(this.readDb.db, projection, retired.generation);
        await this.generations.forget(projection.name, retired.generation);
      }
      for (const generation of await this.generations.ensure(projection)) {
        // A generation built beside the active one answers no query until promoted: its indexes are made then.
        await createProjectionTables(this.readDb.db, this.readDb.dialect, projection, generation.generation, { deferIndexes: generation.status === 'building' });
      }
    }
  }

  /** `batchSize`: events per read-model transaction (the default suits following the log; a rebuild takes more). */
  runner(projection: Projection, generation: number, batchSize?: number): ProjectionRunner {
    return new ProjectionRunner(this.store, this.readDb.db, this.readDb.dialect, this.generations, projection, generation, {
      batchSize,
      exclusive: (work) => this.readDb.exclusive(work),
      privacy: this.privacy,
      onIssue: (name, issue) => this.logger.warn(`${name} could not use ${issue.eventType} ${issue.eventId} at ${issue.position}: ${issue.message}`),
    });
  }

  /** A page of the log as read models see it: personal data opened where its key still exists. */
  openPersonalData(events: readonly RecordedEvent[]): Promise<readonly OpenedEvent[]> {
    return this.personalData.open(events);
  }

  /** The vault lives in this read database, so an erasure's key goes in the same commit as the read model's scrubbing. */
  private readonly privacy: RunnerPrivacy = {
    open: (events) => this.personalData.open(events),
    shredWithin: async (trx, subjects) => {
      for (const subject of subjects) await this.personalData.vault.shred(subject, trx);
    },
    afterErasure: () => this.personalData.vault.settle(),
  };

  /** One projection: its running generations in turn, batch after batch, until shutdown. */
  private async keepRunning(projection: Projection): Promise<void> {
    const signal = this.abort.signal;
    while (!signal.aborted) {
      try {
        const running = (await this.generations.list(projection.name)).filter((g) => g.status !== 'retired');
        let caughtUp = true;
        for (const generation of running) {
          const outcome = await this.runner(projection, generation.generation).catchUp(signal);
          caughtUp &&= outcome.caughtUp;
          if (outcome.caughtUp && generation.status === 'building' && (await this.promote(projection, generation.generation))) {
            this.readModels.forget(projection.name);
            this.logger.log(`${projection.name} generation ${generation.generation} caught up and now answers queries`);
          }
        }
        const active = running.find((g) => g.status === 'active');
        if (caughtUp) await this.waitForNews((await this.generations.get(projection.name, active?.generation ?? 0))?.position ?? '');
      } catch (error) {
        if (signal.aborted) return;
        this.logger.error(`${projection.name}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        await sleep(RETRY_MS, signal).done;
      }
    }
  }

  /** A caught-up generation gets the indexes its rebuild deferred, then answers queries; false when it is not the one building. */
  async promote(projection: Projection, generation: number): Promise<boolean> {
    await indexProjectionTables(this.readDb.db, this.readDb.dialect, projection, generation, (work) => this.readDb.exclusive(work));
    return this.generations.promote(projection.name, generation);
  }

  /**
   * Sleeps until anything is appended, a timeout, or shutdown. Any event wakes every
   * projection, not just the types it folds: its checkpoint must move past the others
   * too, or a read waiting for that position would wait for the timeout.
   */
  private async waitForNews(after: string): Promise<void> {
    const subscription = this.store.subscribeAll({ after: after === '' ? null : after });
    const nap = sleep(IDLE_MS, this.abort.signal);
    try {
      await Promise.race([subscription[Symbol.asyncIterator]().next(), nap.done]);
    } finally {
      nap.cancel();
      await subscription.close();
    }
  }
}

/** A timer that also ends on shutdown, and that can be cancelled so no listener lingers. */
const sleep = (ms: number, signal: AbortSignal): { done: Promise<void>; cancel: () => void } => {
  let cancel = (): void => undefined;
  const done = new Promise<void>((resolve) => {
    const finish = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      resolve();
    };
    const timer = setTimeout(finish, ms);
    signal.addEventListener('abort', finish, { once: true });
    cancel = finish;
  });
  return { done, cancel };
};
