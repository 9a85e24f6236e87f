import type { Kysely } from 'kysely';
import type { RecordedEvent } from '../../events/envelope';
import type { EventStore, ReadAllResult } from '../../infrastructure/event-store/event-store.port';
import { type OpenedEvent, PersonalData } from '../../infrastructure/privacy/personal-data';
import { BatchRows } from './batch-rows';
import { EventRows, RowSourceFailure } from './event-rows';
import { RowCache } from './row-cache';
import type { Generations } from './generations';
import { toProjected } from './memory-rows';
import type { Projection } from './projection';

export interface BatchOutcome {
  readonly events: number;
  readonly position: string;
  /** True once the batch reached the head of the log. */
  readonly caughtUp: boolean;
  /** Another runner moved the checkpoint first; nothing was written. */
  readonly lostRace: boolean;
}

export interface RunnerIssue {
  readonly position: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly message: string;
}

/** How a runner treats personal data: opened before projections see it, shredded with the erasure's commit. */
export interface RunnerPrivacy {
  /** Opens a page's sealed fields; runs before the batch transaction, since the key vault reads on its own connection. */
  open(events: readonly RecordedEvent[]): Promise<readonly OpenedEvent[]>;
  /** In the batch transaction, after its writes: destroys the keys of the subjects the page erases, so both commit together. */
  shredWithin?(trx: Kysely<any>, subjects: readonly string[]): Promise<void>;
  /** After a committed batch that folded an erasure: let go of freed pages that still hold erased data. */
  afterErasure?(subjects: readonly string[]): Promise<void>;
}

export interface RunnerOptions {
  readonly batchSize?: number;
  readonly onIssue?: (projection: string, issue: RunnerIssue) => void;
  /** Wraps each batch transaction; see ReadDatabase.exclusive. */
  readonly exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Inclusive last position to fold: a read model as it stood then (time travel); absent, the head. */
  readonly until?: string;
  /** Without it, events reach projections as stored (sealed fields stay sealed). */
  readonly privacy?: RunnerPrivacy;
  /** Rows kept in memory between batches (default 1,000: a rebuild's hot rows; read-model rows can be kilobytes each). */
  readonly rowCacheSize?: number;
}

/**
 * Folds the log into one generation of one projection. Each batch is one
 * read-model transaction that first moves the checkpoint by compare-and-set, then
 * writes the rows: a crash loses the whole batch or nothing, and two runners on
 * one database never both apply the same batch.
 */
export class ProjectionRunner {
  private readonly batchSize: number;
  private readonly known: RowCache;

  constructor(
    private readonly store: EventStore,
    private readonly db: Kysely<any>,
    private readonly dialect: 'sqlite' | 'postgres',
    private readonly generations: Generations,
    readonly projection: Projection,
    readonly generation: number,
    private readonly options: RunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.known = new RowCache(options.rowCacheSize);
  }

  async runBatch(): Promise<BatchOutcome> {
    const from = await this.checkpoint();
    const read = await this.store.readAll({ after: from === '' ? null : from, limit: this.batchSize, filter: { types: this.projection.handles } });
    const page = this.options.until === undefined ? read : upTo(read, this.options.until, (a, b) => this.store.comparePositions(a, b));
    const opened = this.options.privacy ? await this.options.privacy.open(page.events) : page.events;
    return this.fold(from, page, opened);
  }

  /** Where this generation's folding stands: '' before the first event. */
  async checkpoint(): Promise<string> {
    const state = await this.generations.get(this.projection.name, this.generation);
    if (!state || state.status === 'retired') throw new Error(`Generation ${this.generation} of ${this.projection.name} is not running`);
    return state.position;
  }

  /**
   * Folds a page read after `from` (with `opened`, its events as the projection
   * may see them, in the same order) in one transaction that first moves the
   * checkpoint from `from` to the page's cursor.
   */
  async fold(from: string, page: ReadAllResult, opened: readonly OpenedEvent[]): Promise<BatchOutcome> {
    const to = page.nextCursor ?? from;
    if (page.events.length === 0 && to === from) return { events: 0, position: from, caughtUp: true, lostRace: false };
    const erasures = PersonalData.erasedIn(page.events);
    const issues: RunnerIssue[] = [];
    const exclusive = this.options.exclusive ?? ((work) => work());
    this.known.startAt(from);
    let rows: BatchRows | undefined;
    const written = await exclusive(() => this.db.transaction().execute(async (trx) => {
      if (!(await this.generations.advance(trx, this.projection.name, this.generation, from, to))) return false;
      rows = new BatchRows(trx, this.projection, this.generation, this.dialect, this.known);
      for (const recorded of opened) {
        const event = toProjected(recorded);
        const issue = { position: recorded.position, eventId: recorded.id, eventType: recorded.type };
        if (!event) {
          issues.push({ ...issue, message: `No reader for ${recorded.type} at schema version ${recorded.schemaVersion}` });
          continue;
        }
        const eventRows = new EventRows(rows, event.position, (a, b) => this.store.comparePositions(a, b));
        try {
          await this.projection.apply(event, eventRows);
          eventRows.commit();
        } catch (error) {
          if (error instanceof RowSourceFailure) throw error.failure;
          issues.push({ ...issue, message: error instanceof Error ? error.message : String(error) });
        }
      }
      await rows.flush();
      if (erasures.length > 0) await this.options.privacy?.shredWithin?.(trx, erasures);
      await this.recordIssues(trx, issues);
      return true;
    })).catch((error: unknown) => {
      this.known.forget();
      throw error;
    });
    if (written) rows!.committed(to);
    else this.known.forget();
    if (written && erasures.length > 0) await this.options.privacy?.afterErasure?.(erasures);
    for (const issue of written ? issues : []) this.options.onIssue?.(this.projection.name, issue);
    return { events: written ? page.events.length : 0, position: written ? to : from, caughtUp: written && page.isEnd, lostRace: !written };
  }

  /** Runs batches until the head of the log, or until `signal` aborts between two batches. */
  async catchUp(signal?: AbortSignal, onBatch?: (outcome: BatchOutcome) => void): Promise<BatchOutcome> {
    for (;;) {
      const outcome = await this.runBatch();
      onBatch?.(outcome);
      if (outcome.caughtUp || signal?.aborted) return outcome;
      // A turn of the event loop between batches: on SQLite nothing else would run (signals, timers, requests) until the head.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async recordIssues(trx: Kysely<any>, issues: readonly RunnerIssue[]): Promise<void> {
    if (issues.length === 0) return;
    const recordedAt = new Date().toISOString();
    await trx
      .insertInto('projection_issues')
      .values(issues.map((issue) => ({ name: this.projection.name, generation: this.generation, ...issue, recordedAt })))
      .onConflict((conflict) => conflict.columns(['name', 'generation', 'eventId']).doNothing())
      .execute();
  }
}

/** The part of a page at or before `until`; reaching `until` counts as reaching the head. */
const upTo = (page: ReadAllResult, until: string, compare: (a: string, b: string) => number): ReadAllResult => {
  const events = page.events.filter((event) => compare(event.position, until) <= 0);
  if (page.nextCursor === null || compare(page.nextCursor, until) < 0) return { ...page, events };
  return { events, nextCursor: until, isEnd: true };
};
