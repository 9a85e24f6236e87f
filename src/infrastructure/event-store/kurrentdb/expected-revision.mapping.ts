import {
  ANY,
  ErrorType,
  NO_STREAM,
  STREAM_EXISTS,
  WrongExpectedVersionError,
  type AppendStreamState,
  type CurrentStreamState,
} from '@kurrent/kurrentdb-client';
import { ConcurrencyError } from '../event-store.errors';
import type { ExpectedRevision } from '../event-store.port';

/** Our expectation, as the server checks it. A number is the revision of the stream's last event. */
export const toStreamState = (expected: ExpectedRevision): AppendStreamState => {
  switch (expected) {
    case 'any':
      return ANY;
    case 'noStream':
      return NO_STREAM;
    case 'streamExists':
      return STREAM_EXISTS;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) {
        throw new Error(`Expected revision must be a non-negative integer, got ${String(expected)}`);
      }
      return BigInt(expected);
  }
};

/**
 * The stream's state as the server reports it. Negative revisions are the server's
 * markers for a stream with no readable event (-1 none, -5 deleted, -6 tombstoned).
 */
export const fromCurrentState = (state: CurrentStreamState): number | 'noStream' =>
  state === NO_STREAM || state < 0n ? 'noStream' : Number(state);

/** The client raises WrongExpectedVersionError; the bridge may hand back a look-alike with the same type tag. */
export const isWrongExpectedVersion = (error: unknown): error is Pick<WrongExpectedVersionError, 'actualState'> =>
  error instanceof WrongExpectedVersionError ||
  (typeof error === 'object' && error !== null && (error as { type?: unknown }).type === ErrorType.WRONG_EXPECTED_VERSION);

/** Names what the writer expected (in our words, not the server's) and what the stream holds. */
export const toConcurrencyError = (
  streamId: string,
  expected: ExpectedRevision,
  error: Pick<WrongExpectedVersionError, 'actualState'>,
): ConcurrencyError => new ConcurrencyError(streamId, expected, fromCurrentState(error.actualState));
