import type { EventStore } from '../infrastructure/event-store/event-store.port';
import { GENESIS_HASH } from '../infrastructure/event-store/integrity/event-seal';

export interface ChainEnd {
  readonly revision: number;
  readonly hash: string;
}

/**
 * Where each stream's hash chain ends, for sealing its next event: kept for the
 * streams written lately, read back from the store for the others (a member
 * leaving years after joining), so memory stays bounded on large histories.
 */
export class ChainEnds {
  private readonly recent = new Map<string, ChainEnd>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = 200_000,
  ) {}

  /** The end the event at `revision` must chain on. */
  async before(streamId: string, revision: number): Promise<ChainEnd> {
    if (revision === 0) return { revision: -1, hash: GENESIS_HASH };
    const known = this.recent.get(streamId);
    const end = known ?? (await this.stored(streamId));
    if (end.revision !== revision - 1) throw new Error(`${streamId} ends at revision ${end.revision}; the history's next event is revision ${revision}`);
    return end;
  }

  set(streamId: string, end: ChainEnd): void {
    // Re-inserting moves the stream to the young end; the oldest goes first.
    this.recent.delete(streamId);
    this.recent.set(streamId, end);
    if (this.recent.size > this.capacity) this.recent.delete(this.recent.keys().next().value!);
  }

  private async stored(streamId: string): Promise<ChainEnd> {
    const [last] = await this.store.readStream(streamId, { direction: 'backwards', limit: 1 });
    if (!last?.metadata.hash) throw new Error(`${streamId} has no sealed event to continue from`);
    return { revision: last.revision, hash: last.metadata.hash };
  }
}
