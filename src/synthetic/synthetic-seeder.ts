import type { NewEvent } from '../events/envelope';
import type { EventStore, ImportedEvent } from '../infrastructure/event-store/event-store.port';
import { sealBatch } from '../infrastructure/event-store/integrity/event-seal';
import { ImportRefusedError } from '../infrastructure/event-store/integrity/import-check';
import type { EventSealer } from '../infrastructure/privacy/personal-data';
import type { MoroccoReference } from '../modules/territory/reference/morocco.reference';
import { ChainEnds } from './chain-ends';
import type { SyntheticEvent } from './synthetic-emitter';
import { syntheticHistory } from './synthetic-history';
import type { SyntheticOptions } from './synthetic-options';

interface LogEnd {
  readonly id: string;
  readonly position: string;
}

export interface SeedProgress {
  /** Events of the history passed so far, written or found already there. */
  readonly done: number;
  readonly total: number;
  readonly written: number;
}

export interface SeedRun {
  /** Events per write; each batch is one transaction. */
  readonly batchSize?: number;
  /** Stops between two batches; running the same seed again resumes. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SeedProgress) => void;
  readonly clock?: () => Date;
}

export interface SeedReport extends SeedProgress {
  readonly alreadyThere: number;
  readonly interrupted: boolean;
  readonly byType: Readonly<Record<string, number>>;
}

/**
 * Writes a synthetic history into an event store in batches of thousands of
 * events: personal fields sealed as the command runner seals them, each stream's
 * hash chain extended as the store's own append would, and every batch imported
 * in one transaction after the last (importRecorded), so a million events take
 * minutes rather than the hours one append per command would.
 *
 * Resumable: the history is the same on every run, so batches already stored
 * (found by their last event) are passed over, and writing continues after them.
 * A store holding anything else is refused; the seed wants an empty store.
 */
export class SyntheticSeeder {
  constructor(
    private readonly store: EventStore,
    private readonly sealer: EventSealer,
  ) {}

  async seed(options: SyntheticOptions, reference: MoroccoReference, run: SeedRun = {}): Promise<SeedReport> {
    const batchSize = run.batchSize ?? 2_000;
    const clock = run.clock ?? (() => new Date());
    const chains = new ChainEnds(this.store);
    const byType: Record<string, number> = {};
    let batch: SyntheticEvent[] = [];
    // The newest event of this history in the log, which the next batch follows.
    let tail: LogEnd | null = null;
    let resuming = true;
    let done = 0;
    let written = 0;

    const flush = async (): Promise<void> => {
      const last = batch[batch.length - 1]!;
      const stored = resuming ? await this.stored(last) : null;
      if (stored) {
        tail = stored;
      } else {
        resuming = false;
        const envelopes = await this.envelopes(batch, chains, clock().toISOString());
        tail = { id: last.event.id, position: await this.importAfter(envelopes, tail) };
        written += batch.length;
      }
      done += batch.length;
      batch = [];
      run.onProgress?.({ done, total: options.events, written });
    };

    for (const item of syntheticHistory(options, reference)) {
      byType[item.event.type] = (byType[item.event.type] ?? 0) + 1;
      batch.push(item);
      if (batch.length < batchSize) continue;
      await flush();
      if (run.signal?.aborted) break;
      // On SQLite every await resolves without I/O: let the loop breathe so Ctrl-C is heard.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const interrupted = run.signal?.aborted === true && done + batch.length < options.events;
    if (!interrupted && batch.length > 0) await flush();
    return { done, total: options.events, written, alreadyThere: done - written, interrupted, byType };
  }

  /** Where the batch ending with this event is stored, or null; a different event in its place means another history. */
  private async stored(last: SyntheticEvent): Promise<LogEnd | null> {
    const [found] = await this.store.readStream(last.streamId, { fromRevision: last.revision, limit: 1 });
    if (!found) return null;
    if (found.id === last.event.id) return { id: found.id, position: found.position };
    throw new Error(
      `${last.streamId} already holds other events than this history's: the store was seeded with other options ` +
        '(seed, events, from-year or until) or holds other data. Seed an empty store, or repeat the options of the first run.',
    );
  }

  private async envelopes(batch: readonly SyntheticEvent[], chains: ChainEnds, recordedAt: string): Promise<ImportedEvent[]> {
    const sealed: readonly NewEvent[] = await this.sealer.seal(batch.map((item) => item.event));
    const envelopes: ImportedEvent[] = [];
    for (const [index, { streamId, revision }] of batch.entries()) {
      const [envelope] = sealBatch(streamId, [sealed[index]!], await chains.before(streamId, revision), recordedAt);
      chains.set(streamId, { revision, hash: envelope!.metadata.hash! });
      envelopes.push(envelope!);
    }
    return envelopes;
  }

  /**
   * Imports after the history's tail. Another writer of the same store (the
   * service's log anchors, a key issued meanwhile) may have appended since: the
   * batch then follows the log's new end, found by reading on from the tail.
   */
  private async importAfter(envelopes: readonly ImportedEvent[], tail: LogEnd | null): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const continuesAfter = tail === null ? null : await this.logEndFrom(tail);
      try {
        return (await this.store.importRecorded(envelopes, { continuesAfter })).position;
      } catch (error) {
        if (!(error instanceof ImportRefusedError) || error.problem !== null || error.eventId !== null) throw error;
        if (tail === null) throw new Error(`The event store already holds events: a synthetic history is seeded into an empty store (${error.message})`);
        if (attempt >= 3) throw error;
      }
    }
  }

  private async logEndFrom(tail: LogEnd): Promise<string> {
    let end = tail.id;
    for (let after = tail.position; ; ) {
      const page = await this.store.readAll({ after, limit: 1_000 });
      end = page.events[page.events.length - 1]?.id ?? end;
      if (page.isEnd || page.nextCursor === null) return end;
      after = page.nextCursor;
    }
  }
}
