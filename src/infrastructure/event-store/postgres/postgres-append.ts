import type { Pool, PoolClient } from 'pg';
import type { NewEvent } from '../../../events/envelope';
import { streamCategory } from '../../../events/stream-ids';
import { assertExpectedRevision, replayedAppend, type StoredEventRef } from '../append-rules';
import { EMPTY_CHAIN, type ChainEnd } from '../integrity/chain-link';
import { sealBatch, type StoredEnvelope } from '../integrity/event-seal';
import type { AppendResult, ExpectedRevision } from '../event-store.port';
import { unsealedChainEnd } from './postgres-rows';
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
    const locked = await client.query<{ revision: number; hash: string | null }>(sql.lockStream, [streamId]);
    const ids = events.map((event) => event.id);
    const stored = await client.query<StoredEventRef>(sql.findIds, [ids]);
    const replay = replayedAppend(streamId, ids, stored.rows);
    if (replay) {
      await client.query('ROLLBACK');
      return replay;
    }
    const current = locked.rows[0]?.revision ?? -1;
    assertExpectedRevision(streamId, expected, current);
    const lastHash = locked.rows[0]?.hash ?? null;
    const end: ChainEnd =
      current < 0 ? EMPTY_CHAIN : lastHash !== null ? { revision: current, hash: lastHash, sealed: true } : await unsealedChainEnd(client, sql, streamId);
    const position = await insertBatch(client, sql, channel, sealBatch(streamId, events, end, recordedAt), recordedAt);
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
  sealed: readonly StoredEnvelope[],
  recordedAt: string,
): Promise<string> => {
  const [first] = sealed;
  const { rows } = await client.query<{ position: string }>(sql.appendBatch, [
    first!.streamId,
    sealed.length,
    streamCategory(first!.streamId),
    first!.revision - 1,
    recordedAt,
    sealed.map((event) => event.id),
    sealed.map((event) => event.type),
    sealed.map((event) => event.schemaVersion),
    sealed.map((event) => JSON.stringify(event.data)),
    sealed.map((event) => JSON.stringify(event.metadata)),
    sealed.map((event) => event.metadata.unitPath),
    channel,
  ]);
  return rows[0]!.position;
};
