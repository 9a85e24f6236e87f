import { ErrorType } from '@kurrent/kurrentdb-client';

const typeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;

// gRPC status codes the client sometimes passes through unconverted: CANCELLED, DEADLINE_EXCEEDED, UNAVAILABLE.
const TRANSIENT_GRPC_CODES = new Set([1, 4, 14]);
const TRANSIENT_TYPES = new Set<unknown>([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.CANCELLED,
  ErrorType.NOT_LEADER,
]);

/** Reading a stream that has no event is an empty read for us, not an error. */
export const isStreamNotFound = (error: unknown): boolean => typeOf(error) === ErrorType.STREAM_NOT_FOUND;

/**
 * The server may or may not have acted: the connection went, the call timed out,
 * or the node stepped down. Nothing can be learnt by asking again right now; the
 * caller retries (appends with the same ids and expectation are deduplicated).
 */
export const isTransient = (error: unknown): boolean => {
  if (TRANSIENT_TYPES.has(typeOf(error))) return true;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'number' && TRANSIENT_GRPC_CODES.has(code);
};

/** Errors a resubscription cannot cure: it would fail the same way forever. */
export const isFatalForSubscription = (error: unknown): boolean =>
  [ErrorType.ACCESS_DENIED, ErrorType.INVALID_ARGUMENT, ErrorType.UNSUPPORTED].includes(typeOf(error) as ErrorType);
