import type { RecordedEvent } from '../../events/envelope';
import { encodePosition } from './cursor';
import type { LogFilter, ReadAllResult } from './event-store.port';

export const DEFAULT_READ_LIMIT = 500;
export const MAX_READ_LIMIT = 5000;

export const assertPositiveLimit = (limit: number): number => {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  return limit;
};

/** The log is unbounded, so a page of it always is bounded; a stream is read whole unless asked otherwise. */
export const resolveReadLimit = (limit: number | undefined): number =>
  limit === undefined ? DEFAULT_READ_LIMIT : Math.min(assertPositiveLimit(limit), MAX_READ_LIMIT);

/** Adds a value to the statement's parameters and returns its placeholder (`?` or `$n`). */
export type Bind = (value: unknown) => string;

/**
 * SQL conditions shared by both adapters. The unit-path prefix is a byte range,
 * not LIKE: `'/a/b/' <= path < '/a/b0'` ('0' follows '/') holds exactly for the
 * descendants, needs no wildcard escaping, is case-sensitive and uses the index.
 * It relies on binary collation (SQLite's default; `COLLATE "C"` in PostgreSQL).
 */
export const logFilterConditions = (filter: LogFilter | undefined, bind: Bind): string[] => {
  const conditions: string[] = [];
  if (filter?.types) conditions.push(anyOf('type', filter.types, bind));
  if (filter?.categories) conditions.push(anyOf('category', filter.categories, bind));
  if (filter?.unitPathPrefix !== undefined) {
    const unit = filter.unitPathPrefix.replace(/\/+$/, '');
    conditions.push(
      `(unit_path = ${bind(unit)} OR (unit_path >= ${bind(`${unit}/`)} AND unit_path < ${bind(`${unit}0`)}))`,
    );
  }
  return conditions;
};

// "Within a list, any entry may" match: an empty list therefore matches nothing.
const anyOf = (column: string, values: readonly string[], bind: Bind): string =>
  values.length === 0 ? '1 = 0' : `${column} IN (${values.map((value) => bind(value)).join(', ')})`;

/**
 * `head` must come from the same snapshot as the rows: a short page means the
 * scan reached that head, so the cursor may jump there past filtered-out events.
 */
export const toReadAllResult = (
  events: readonly RecordedEvent[],
  head: bigint,
  after: bigint,
  limit: number,
): ReadAllResult => {
  const last = events.at(-1);
  if (events.length === limit && last) {
    return { events, nextCursor: last.position, isEnd: BigInt(last.position) >= head };
  }
  const scannedTo = head > after ? head : after;
  return { events, nextCursor: scannedTo === 0n ? null : encodePosition(scannedTo), isEnd: true };
};
