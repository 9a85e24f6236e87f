import type { Pool, PoolClient } from 'pg';
import { streamCategory } from '../../../events/stream-ids';
import type { ImportedEvent, ImportResult } from '../event-store.port';
import type { ChainEnd } from '../integrity/chain-link';
import { assertContinues, checkImportBatch, ImportRefusedError } from '../integrity/import-check';
import { unsealedChainEnd } from './postgres-rows';
import type { postgresSql } from './postgres-sql';

type Statements = ReturnType<typeof postgresSql>;
const UNIQUE_VIOLATION = '23505';

/**
 * One transaction per batch, under the log head's lock from the start, so the
 * end-of-log check, the link checks and the insert see one state of the log.
 * Appenders take a stream row and then the head; an import racing them may be
 * chosen as a deadlock victim, which refuses the batch and writes nothing.
 */
export const importToPostgres = async (
  pool: Pool,
  sql: Statements,
  channel: string,
  events: readonly ImportedEvent[],
  continuesAfter: string | null,
): Promise<ImportResult> => {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const { rows: heads } = await client.query<{ head: string; last: string | null }>(sql.lockHeadForImport);
    assertContinues(heads[0]?.last ?? null, continuesAfter);
    const ends = await storedChainEnds(client, sql, [...new Set(events.map((event) => event.streamId))]);
    checkImportBatch(events, (streamId) => ends.get(streamId));
    const position = await insertImported(client, sql, channel, events);
    await client.query('COMMIT');
    return { imported: events.length, position };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) {
      throw new ImportRefusedError(`An event of the batch is already stored: ${(error as Error).message}`);
    }
    throw error;
  } finally {
    client.release(broken);
  }
};

const storedChainEnds = async (client: PoolClient, sql: Statements, streamIds: string[]): Promise<Map<string, ChainEnd>> => {
  const { rows } = await client.query<{ stream_id: string; revision: number; hash: string | null }>(sql.streamEnds, [streamIds]);
  const ends = new Map<string, ChainEnd>();
  for (const row of rows) {
    ends.set(
      row.stream_id,
      row.hash === null ? await unsealedChainEnd(client, sql, row.stream_id) : { revision: row.revision, hash: row.hash, sealed: true },
    );
  }
  return ends;
};

const insertImported = async (client: PoolClient, sql: Statements, channel: string, events: readonly ImportedEvent[]): Promise<string> => {
  const lastRevision = new Map<string, number>();
  for (const event of events) lastRevision.set(event.streamId, event.revision);
  const { rows } = await client.query<{ position: string }>(sql.importBatch, [
    events.length,
    events.map((event) => event.id),
    events.map((event) => event.streamId),
    events.map((event) => streamCategory(event.streamId)),
    events.map((event) => event.revision),
    events.map((event) => event.type),
    events.map((event) => event.schemaVersion),
    events.map((event) => JSON.stringify(event.data ?? null)),
    events.map((event) => JSON.stringify(event.metadata)),
    events.map((event) => event.metadata.unitPath),
    events.map((event) => event.metadata.recordedAt),
    [...lastRevision.keys()],
    [...lastRevision.values()],
    channel,
  ]);
  return rows[0]!.position;
};
