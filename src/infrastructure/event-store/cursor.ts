import { InvalidCursorError } from './event-store.errors';

/**
 * Both SQL adapters number the global log 1, 2, 3 … and hand the number out as a
 * decimal string. Callers treat it as opaque; only the store decodes it, and a
 * malformed one is refused instead of silently reading from the start.
 */
const DECIMAL = /^(0|[1-9][0-9]{0,18})$/;
const MAX_POSITION = 2n ** 63n - 1n;

export const encodePosition = (position: bigint | number | string): string => BigInt(position).toString(10);

export const decodePosition = (cursor: string): bigint => {
  if (typeof cursor !== 'string' || !DECIMAL.test(cursor)) throw new InvalidCursorError(String(cursor));
  const position = BigInt(cursor);
  if (position > MAX_POSITION) throw new InvalidCursorError(cursor);
  return position;
};

/** Absent or null means "before the first event". */
export const decodeAfter = (after: string | null | undefined): bigint =>
  after === undefined || after === null ? 0n : decodePosition(after);

export const comparePositions = (a: string, b: string): number => {
  const left = decodePosition(a);
  const right = decodePosition(b);
  return left < right ? -1 : left > right ? 1 : 0;
};
