import type Database from 'better-sqlite3';
import type { ImportedEvent, ImportResult } from '../event-store.port';
import type { ChainEnd } from '../integrity/chain-link';
import { assertContinues, checkImportBatch, ImportRefusedError } from '../integrity/import-check';
import { prepareSqliteInsert } from './sqlite-append';
import { prepareSqliteChains } from './sqlite-chains';

export type SqliteImport = (events: readonly ImportedEvent[], continuesAfter: string | null) => ImportResult;

/**
 * One IMMEDIATE transaction per batch: the log's end is checked, every link is
 * checked, and the envelopes are written with their own metadata text (hashes,
 * recordedAt) at the next positions, or nothing is written at all.
 */
export const prepareSqliteImport = (db: Database.Database): SqliteImport => {
  const lastEvent = db.prepare<[], { id: string; position: number }>('SELECT id, position FROM events ORDER BY position DESC LIMIT 1');
  const idTaken = db.prepare<[string], { id: string }>('SELECT id FROM events WHERE id = ?');
  const chainEnd = prepareSqliteChains(db);
  const insert = prepareSqliteInsert(db);

  const write = db.transaction((events: readonly ImportedEvent[], continuesAfter: string | null): ImportResult => {
    const last = lastEvent.get();
    assertContinues(last?.id ?? null, continuesAfter);
    const ends = new Map<string, ChainEnd>();
    checkImportBatch(events, (streamId) => {
      if (!ends.has(streamId)) ends.set(streamId, chainEnd(streamId));
      return ends.get(streamId);
    });
    const taken = events.find((event) => idTaken.get(event.id));
    if (taken) throw new ImportRefusedError(`Event ${taken.id} is already stored`, taken.id);
    const first = (last?.position ?? 0) + 1;
    events.forEach(({ position: _, ...event }, index) => insert(first + index, event));
    return { imported: events.length, position: String(first + events.length - 1) };
  });
  return (events, continuesAfter) => write.immediate(events, continuesAfter);
};
