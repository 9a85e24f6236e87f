import { apiKeyStreamId, principalStreamId, streamCategory } from '../../events/stream-ids';
import type { EventStore } from '../../infrastructure/event-store/event-store.port';
import type { ApiKeyState } from './api-key.state';
import type { GrantFact } from './principal.state';

/** What authenticating one request reads: a key's state, a principal's grants. */
export interface AccessReads {
  grantsOf(principalId: string): Promise<readonly GrantFact[]>;
  apiKey(keyId: string): Promise<ApiKeyState>;
}

/** States by stream id, each holding every event of its stream up to `at`; `at` undefined: nothing is known yet. */
interface Snapshot {
  readonly at: string | null | undefined;
  readonly grants: Map<string, readonly GrantFact[]>;
  readonly keys: Map<string, ApiKeyState>;
}

const ACCESS_CATEGORIES = [streamCategory(principalStreamId('x')), streamCategory(apiKeyStreamId('x'))];
const PAGE = 500;
/** More access events than this since the last look (an import, a bulk grant) and starting afresh is cheaper. */
const MOST_PAGES = 4;

const emptyAt = (at: string | null | undefined): Snapshot => ({ at, grants: new Map(), keys: new Map() });

/**
 * Keys and grants kept between requests, never trusted past the log's head. Each
 * request first reads the head position; when it has moved since the entries were
 * checked, the access streams' events after that point (an indexed read of two
 * categories) name the entries to forget. So a grant, a revocation or a revoked
 * key counts from the very next request, whichever process recorded it, as when
 * every request read the streams; on a log that stands still a request costs one
 * head read. Correct because every store hands out positions in commit order: an
 * event not yet visible at a head read lands after that head.
 */
export class AccessCache {
  private snapshot: Snapshot = emptyAt(undefined);

  constructor(
    private readonly store: EventStore,
    private readonly streams: AccessReads,
    private readonly capacity = 1_000,
  ) {}

  /** Reads valid for a request arriving now: every event recorded before this call is in what they answer. */
  async current(): Promise<AccessReads> {
    const snapshot = await this.upTo(await this.store.headPosition());
    return {
      grantsOf: (principalId) => this.entry(snapshot.grants, principalStreamId(principalId), () => this.streams.grantsOf(principalId)),
      apiKey: (keyId) => this.entry(snapshot.keys, apiKeyStreamId(keyId), () => this.streams.apiKey(keyId)),
    };
  }

  // A stream read starts after the head read, so it holds every event up to the snapshot's position.
  private async entry<V>(entries: Map<string, V>, streamId: string, read: () => Promise<V>): Promise<V> {
    const kept = entries.get(streamId);
    if (kept !== undefined) return kept;
    const value = await read();
    if (entries.size >= this.capacity) entries.clear();
    entries.set(streamId, value);
    return value;
  }

  private async upTo(head: string | null): Promise<Snapshot> {
    const from = this.snapshot;
    if (from.at === head || (from.at != null && head !== null && this.store.comparePositions(from.at, head) > 0)) return from;
    const touched = from.at == null || head === null ? null : await this.streamsTouchedAfter(from.at);
    const next = touched === null ? emptyAt(head) : { at: head, grants: new Map(from.grants), keys: new Map(from.keys) };
    // Copied after the read: entries added to `from` meanwhile are checked against it too.
    for (const streamId of touched ?? []) {
      next.grants.delete(streamId);
      next.keys.delete(streamId);
    }
    // A request that looked further meanwhile keeps its snapshot; this one still answers for this request.
    if (this.snapshot === from) this.snapshot = next;
    return next;
  }

  /** The access streams with events after `after`, or null when there are too many to be worth sorting out. */
  private async streamsTouchedAfter(after: string): Promise<Set<string> | null> {
    const touched = new Set<string>();
    let cursor: string | null = after;
    for (let pages = 0; pages < MOST_PAGES; pages++) {
      const page = await this.store.readAll({ after: cursor, limit: PAGE, filter: { categories: ACCESS_CATEGORIES } });
      for (const event of page.events) touched.add(event.streamId);
      if (page.isEnd || page.nextCursor === null) return touched;
      cursor = page.nextCursor;
    }
    return null;
  }
}
