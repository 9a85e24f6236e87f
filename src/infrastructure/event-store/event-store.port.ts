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

export interface EventStore {
  readonly kind: 'sqlite' | 'postgres' | 'kurrentdb';
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<ReadAllResult>;
  subscribeAll(options?: SubscribeAllOptions): EventSubscription;
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
