import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '../../../events/envelope';
import { ConcurrencyError } from '../event-store.errors';
import type { EventStore } from '../event-store.port';
import { anchorHashOf, ANCHOR_STREAM, EventsDigest, FIRST_ANCHOR_PREVIOUS_HASH, LOG_ANCHORED, toStoredAnchor, type LogAnchoredData, type StoredAnchor } from './anchor';
import { chainEndOf, type ChainEnd } from './chain-link';
import { sealOf } from './event-seal';

export interface TakeAnchorOptions {
  readonly actor: string;
  readonly now: Date;
  /** Anchor only when at least this many events (anchors aside) came since the last anchor. */
  readonly minEvents?: number;
  readonly onProgress?: (eventsRead: number) => void;
  readonly pageSize?: number;
}

/** The log holds something an anchor must not vouch for; `audit verify` says what. */
export class AnchorRefusedError extends Error {
  readonly code = 'AUDIT.ANCHOR_REFUSED';
  constructor(message: string) {
    super(`${message}; run \`audit verify\` for the full report`);
    this.name = 'AnchorRefusedError';
  }
}

export const lastAnchor = async (store: EventStore): Promise<StoredAnchor | null> => {
  const [event] = await store.readStream(ANCHOR_STREAM, { direction: 'backwards', limit: 1 });
  return event ? toStoredAnchor(event) : null;
};

/**
 * Writes an anchor over every event since the previous anchor, up to the head
 * as of now, through the port alone. Each covered event's hash is recomputed
 * from its content first: an anchor never vouches for an event that does not
 * match its own seal. Returns null when there is too little to anchor, or when
 * another process anchored first (its anchor covers the same ground).
 */
export const takeAnchor = async (store: EventStore, options: TakeAnchorOptions): Promise<StoredAnchor | null> => {
  const previous = await lastAnchor(store);
  if (previous && !previous.data) throw new AnchorRefusedError(`The last anchor (${previous.eventId}) is not an anchor's shape`);
  const after = previous?.data ? await positionOf(store, previous.data.lastEvent) : null;
  const head = await store.headPosition();
  if (head === null) return null;

  const digest = new EventsDigest();
  const hashes = new UnsealedLinks(store);
  let first: RecordedEvent | null = null;
  let last: RecordedEvent | null = null;
  let fresh = 0;
  for (let cursor = after, done = false; !done; ) {
    const page = await store.readAll({ after: cursor, limit: options.pageSize ?? 1000 });
    for (const event of page.events) {
      if (store.comparePositions(event.position, head) > 0) break;
      digest.add(await hashes.hashOf(event));
      first ??= event;
      last = event;
      if (event.type !== LOG_ANCHORED) fresh += 1;
    }
    options.onProgress?.(digest.count);
    cursor = page.nextCursor;
    done = page.isEnd || !last || store.comparePositions(last.position, head) >= 0 || page.events.length === 0;
  }
  if (!first || !last || fresh < Math.max(1, options.minEvents ?? 1)) return null;

  const fields = {
    fromPosition: first.position,
    toPosition: last.position,
    lastEvent: { id: last.id, streamId: last.streamId, revision: last.revision },
    eventCount: digest.count,
    eventsDigest: digest.digest(),
    previousAnchorHash: previous?.data?.anchorHash ?? FIRST_ANCHOR_PREVIOUS_HASH,
  };
  const data: LogAnchoredData = { ...fields, anchorHash: anchorHashOf(fields) };
  const event = {
    id: randomUUID(),
    type: LOG_ANCHORED,
    schemaVersion: 1,
    data,
    metadata: { actor: options.actor, correlationId: randomUUID(), causationId: null, occurredAt: options.now.toISOString(), unitPath: '' },
  };
  try {
    const written = await store.append(ANCHOR_STREAM, [event], previous ? previous.sequence : 'noStream');
    return { sequence: written.nextExpectedRevision, eventId: event.id, position: written.position, data };
  } catch (error) {
    if (error instanceof ConcurrencyError) return null;
    throw error;
  }
};

const positionOf = async (store: EventStore, ref: LogAnchoredData['lastEvent']): Promise<string> => {
  const [event] = await store.readStream(ref.streamId, { fromRevision: ref.revision, limit: 1 });
  if (!event || event.id !== ref.id || event.revision !== ref.revision) {
    throw new AnchorRefusedError(`The event the last anchor ends at (${ref.streamId}@${ref.revision}, ${ref.id}) is not in the log`);
  }
  return event.position;
};

/** Each event's hash as verification recomputes it; events recorded before sealing chain on their stream's content. */
class UnsealedLinks {
  private readonly ends = new Map<string, ChainEnd>();

  constructor(private readonly store: EventStore) {}

  async hashOf(event: RecordedEvent): Promise<string> {
    const { hash: stored, previousHash } = event.metadata;
    if (stored !== undefined) {
      if (previousHash === undefined || sealOf(event, previousHash) !== stored) {
        throw new AnchorRefusedError(`Event ${event.streamId}@${event.revision} does not match its own hash`);
      }
      this.ends.set(event.streamId, { revision: event.revision, hash: stored, sealed: true });
      return stored;
    }
    let end = this.ends.get(event.streamId);
    if (end?.revision !== event.revision - 1) {
      end = chainEndOf(event.revision === 0 ? [] : await this.store.readStream(event.streamId, { limit: event.revision }));
    }
    const hash = sealOf(event, end.hash);
    this.ends.set(event.streamId, { revision: event.revision, hash, sealed: false });
    return hash;
  }
}
