import type Database from 'better-sqlite3';
import { chainEndOf, EMPTY_CHAIN, type ChainEnd } from '../integrity/chain-link';
import { COLUMNS, toRecordedEvent, type EventRow } from './sqlite-rows';

/**
 * The end of a stream's hash chain, read inside the caller's transaction: the
 * last event's stored hash, or, when that event predates sealing, the chain
 * recomputed over the whole stream (once: the next event stores its result).
 */
export const prepareSqliteChains = (db: Database.Database): ((streamId: string) => ChainEnd) => {
  const last = db.prepare<[string], { revision: number; hash: string | null }>(
    `SELECT revision, json_extract(metadata, '$.hash') AS hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1`,
  );
  const whole = db.prepare<[string], EventRow>(
    `SELECT ${COLUMNS} FROM events WHERE stream_id = ? ORDER BY revision`,
  );
  return (streamId) => {
    const row = last.get(streamId);
    if (!row) return EMPTY_CHAIN;
    if (typeof row.hash === 'string') return { revision: row.revision, hash: row.hash, sealed: true };
    return chainEndOf(whole.all(streamId).map(toRecordedEvent));
  };
};
