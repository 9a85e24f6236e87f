import type { ExpectedRevision } from './event-store.port';

/** The stream is not where the writer expected it to be. */
export class ConcurrencyError extends Error {
  readonly code = 'CONCURRENCY.CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** Current revision, or 'noStream' when the stream has no event. */
    readonly actual: number | 'noStream',
  ) {
    super(`Stream ${streamId}: expected ${String(expected)}, actual ${String(actual)}`);
    this.name = 'ConcurrencyError';
  }
}

/**
 * An event id is already stored but the append is not a replay of the original
 * (another stream, or a batch that only partly matches).
 */
export class DuplicateEventIdError extends Error {
  readonly code = 'EVENT_STORE.DUPLICATE_EVENT_ID';
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`Event ${eventId} is already stored, and appending it to ${streamId} is not a replay of that append`);
    this.name = 'DuplicateEventIdError';
  }
}

export class InvalidCursorError extends Error {
  readonly code = 'EVENT_STORE.INVALID_CURSOR';
  constructor(readonly cursor: string) {
    super(`Not a cursor of this store: ${cursor}`);
    this.name = 'InvalidCursorError';
  }
}
