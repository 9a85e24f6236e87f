import type { NewEvent, RecordedEvent } from '../../events/envelope';

/** What the writer believes about the stream it appends to. */
export type ExpectedRevision = 'any' | 'noStream' | 'streamExists' | number;

export interface AppendResult {
  /** Revision of the last event of this append; pass it as the next expectation. */
  readonly nextExpectedRevision: number;
  /** Log position (cursor) of the last event of this append. */
  readonly position: string;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the first (forwards) or last (backwards) revision. */
  readonly fromRevision?: number;
  readonly limit?: number;
}

/** Every present criterion must match; within a list, any entry may. */
export interface LogFilter {
  readonly types?: readonly string[];
  /** Stream categories, the part of a stream id before the first '-'. */
  readonly categories?: readonly string[];
  /** A unit and its descendants: `/pam/fes-meknes` matches itself and `/pam/fes-meknes/...`. */
  readonly unitPathPrefix?: string;
}

export interface ReadAllOptions {
  /** Exclusive cursor; absent or null reads from the start of the log. */
  readonly after?: string | null;
  readonly limit?: number;
  readonly filter?: LogFilter;
}

export interface ReadAllResult {
  readonly events: readonly RecordedEvent[];
  /**
   * Where the next read should continue. It moves past events the filter skipped,
   * so a sparse filter never rescans the same stretch; null only on an empty log.
   */
  readonly nextCursor: string | null;
  /** True when the read reached the head of the log as of its snapshot. */
  readonly isEnd: boolean;
}

export interface SubscribeAllOptions {
  readonly after?: string | null;
  readonly filter?: LogFilter;
}

/** Catches up from `after`, then goes live; closes when iteration stops or `close()` is called. */
export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/** An envelope recorded by a store (this one or another), as an export file holds it; its position is not kept. */
export type ImportedEvent = Omit<RecordedEvent, 'position'> & { readonly position?: string };

export interface ImportOptions {
  /** Id of the event the log must end with now, i.e. the last one already imported; null: the store must be empty. */
  readonly continuesAfter: string | null;
}

export interface ImportResult {
  readonly imported: number;
  /** This store's position of the last event written. */
  readonly position: string;
}

export interface EventStore {
  readonly kind: 'sqlite' | 'postgres' | 'kurrentdb';
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<ReadAllResult>;
  subscribeAll(options?: SubscribeAllOptions): EventSubscription;
  /**
   * Writes envelopes another store recorded, verbatim (ids, revisions, recordedAt,
   * metadata with hashes), at new positions in the order given, checking every
   * link of every stream's hash chain first. Refuses the whole batch (writing
   * nothing, where the backend has transactions) with an ImportRefusedError when the
   * log does not end at `continuesAfter` or a link is broken. For restoring an
   * export into a fresh store, nobody else writing.
   */
  importRecorded(events: readonly ImportedEvent[], options: ImportOptions): Promise<ImportResult>;
  /** Position of the newest event, or null on an empty log. */
  headPosition(): Promise<string | null>;
  /** Orders two cursors of this store: negative, zero or positive. */
  comparePositions(a: string, b: string): number;
  /** Cheap round trip for health checks; throws when the store is unreachable. */
  ping(): Promise<void>;
  /** Waits for in-flight appends, then releases connections. */
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
