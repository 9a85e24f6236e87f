import type { RecordedEvent } from '../../../events/envelope';

export interface KnownLink {
  readonly revision: number;
  readonly hash: string;
}

/**
 * The newest sealed event this store has written or read, per stream: the link a
 * next append chains on, known without asking the server. An event never changes
 * once stored, so a link stays true; it only goes stale when the stream moves on,
 * and the one-statement append checks the stream is still at that revision (and
 * that event's hash) before writing. Bounded: the oldest-used streams are forgotten.
 */
export class KnownLinks {
  private readonly links = new Map<string, KnownLink>();

  constructor(private readonly capacity = 10_000) {}

  get(streamId: string): KnownLink | undefined {
    return this.links.get(streamId);
  }

  remember(streamId: string, link: KnownLink): void {
    const known = this.links.get(streamId);
    if (known && known.revision > link.revision) return;
    this.links.delete(streamId);
    this.links.set(streamId, link);
    if (this.links.size > this.capacity) this.links.delete(this.links.keys().next().value!);
  }

  /** The newest sealed event of a read, whatever its direction. */
  rememberRead(streamId: string, events: readonly RecordedEvent[]): void {
    let newest: RecordedEvent | undefined;
    for (const event of events) if (!newest || event.revision > newest.revision) newest = event;
    if (newest?.metadata.hash !== undefined) this.remember(streamId, { revision: newest.revision, hash: newest.metadata.hash });
  }
}
