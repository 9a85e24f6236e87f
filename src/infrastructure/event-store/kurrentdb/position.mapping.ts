import type { Position } from '@kurrent/kurrentdb-client';
import { InvalidCursorError } from '../event-store.errors';

/**
 * A `$all` position is a pair of unsigned 64-bit log offsets. The cursor keeps
 * both, as `commit:prepare` in canonical decimal: it stays a bigint from the wire
 * to the string (never a JS number, so nothing rounds beyond 2^53), and equal
 * positions give equal strings, which is what callers compare with `===`.
 */
const CURSOR = /^(0|[1-9][0-9]{0,19}):(0|[1-9][0-9]{0,19})$/;
export const MAX_LOG_OFFSET = 2n ** 64n - 1n;

const isOffset = (value: unknown): value is bigint => typeof value === 'bigint' && value >= 0n && value <= MAX_LOG_OFFSET;

export const encodePosition = (position: Position): string => {
  if (!isOffset(position.commit) || !isOffset(position.prepare)) {
    throw new RangeError(`Not a $all position: ${String(position.commit)}/${String(position.prepare)}`);
  }
  return `${position.commit}:${position.prepare}`;
};

/** Refuses anything that is not exactly what encodePosition produces, so a typo never reads from the start. */
export const decodePosition = (cursor: string): Position => {
  const match = typeof cursor === 'string' ? CURSOR.exec(cursor) : null;
  if (!match) throw new InvalidCursorError(String(cursor));
  const position = { commit: BigInt(match[1]!), prepare: BigInt(match[2]!) };
  if (position.commit > MAX_LOG_OFFSET || position.prepare > MAX_LOG_OFFSET) throw new InvalidCursorError(cursor);
  return position;
};

/** Absent or null means "before the first event". */
export const decodeAfter = (after: string | null | undefined): Position | null =>
  after === undefined || after === null ? null : decodePosition(after);

/** The server's own order: by commit position, then by prepare position. */
export const compareRawPositions = (a: Position, b: Position): number => {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare < b.prepare ? -1 : a.prepare > b.prepare ? 1 : 0;
};

export const comparePositions = (a: string, b: string): number => compareRawPositions(decodePosition(a), decodePosition(b));
