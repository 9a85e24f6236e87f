import type { Pool, PoolClient } from 'pg';
import type { NewEvent } from '../../../events/envelope';
import { streamCategory } from '../../../events/stream-ids';
import { assertExpectedRevision, recordedMetadata, replayedAppend, type StoredEventRef } from '../append-rules';
import type { AppendResult, ExpectedRevision } from '../event-store.port';
import type { postgresSql } from './postgres-sql';

export interface PostgresAppendRequest {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
  readonly recordedAt: string;
}

type Statements = ReturnType<typeof postgresSql>;
const UNIQUE_VIOLATION = '23505';

/**
 * One append, one transaction. The stream row lock serialises appends to a stream,
 * so the idempotency check that follows it sees every earlier append of that stream;
 * only a same-id append to another stream can still slip in before our insert, and
 * its unique violation is answered by deciding again from what is now stored.
 */
export const appendToPostgres = async (
  pool: Pool,
  sql: Statements,
  channel: string,
  request: PostgresAppendRequest,
): Promise<AppendResult> => {
  try {
    return await appendInTransaction(pool, sql, channel, request);
  } catch (error) {
    if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
    const ids = request.events.map((event) => event.id);
    const { rows } = await pool.query<StoredEventRef>(sql.findIds, [ids]);
    const replay = replayedAppend(request.streamId, ids, rows);
    if (!replay) throw error;
    return replay;
  }
};

const appendInTransaction = async (
  pool: Pool,
  sql: Statements,
  channel: string,
  { streamId, events, expected, recordedAt }: PostgresAppendRequest,
): Promise<AppendResult> => {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    await client.query(sql.ensureStream, [streamId]);
    const locked = await client.query<{ revision: number }>(sql.lockStream, [streamId]);
    const ids = events.map((event) => event.id);
    const stored = await client.query<StoredEventRef>(sql.findIds, [ids]);
    const replay = replayedAppend(streamId, ids, stored.rows);
    if (replay) {
      await client.query('ROLLBACK');
      return replay;
    }
    const current = locked.rows[0]?.revision ?? -1;
    assertExpectedRevision(streamId, expected, current);
    const position = await insertBatch(client, sql, channel, streamId, events, current, recordedAt);
    await client.query('COMMIT');
    return { nextExpectedRevision: current + events.length, position };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
};

const insertBatch = async (
  client: PoolClient,
  sql: Statements,
  channel: string,
  streamId: string,
  events: readonly NewEvent[],
  current: number,
  recordedAt: string,
): Promise<string> => {
  const metadata = events.map((event) => recordedMetadata(event, recordedAt));
  const { rows } = await client.query<{ position: string }>(sql.appendBatch, [
    streamId,
    events.length,
    streamCategory(streamId),
    current,
    recordedAt,
    events.map((event) => event.id),
    events.map((event) => event.type),
    events.map((event) => event.schemaVersion),
    events.map((event) => JSON.stringify(event.data ?? null)),
    metadata.map((entry) => JSON.stringify(entry)),
    metadata.map((entry) => entry.unitPath),
    channel,
  ]);
  return rows[0]!.position;
};
