import type { Pool } from 'pg';
import type { NewEvent } from '../../../events/envelope';
import { streamCategory } from '../../../events/stream-ids';
import { assertExpectedRevision, replayedAppend, type StoredEventRef } from '../append-rules';
import { EMPTY_CHAIN, type ChainEnd } from '../integrity/chain-link';
import { sealBatch, type StoredEnvelope } from '../integrity/event-seal';
import type { AppendResult, ExpectedRevision } from '../event-store.port';
import type { KnownLinks } from './known-links';
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
 * One append, one transaction. When the link the batch chains on is known (a new
 * stream, or a link this store wrote or read), the append is one statement and one
 * round trip; otherwise, or when that statement wrote nothing, it takes the long way.
 * There the stream row lock serialises appends to a stream, so the idempotency check
 * that follows it sees every earlier append of that stream. An id already stored
 * in another stream (or, on the short way, one the writer replays while still
 * expecting the stream's current revision) fails the insert on its unique index,
 * and is answered by deciding again from what is now stored.
 */
export const appendToPostgres = async (
  pool: Pool,
  sql: Statements,
  channel: string,
  request: PostgresAppendRequest,
  links: KnownLinks,
): Promise<AppendResult> => {
  try {
    const link = linkOf(request, links);
    const appended = link && (await appendInOneStatement(pool, sql, channel, request, link, links));
    return appended ?? (await appendInTransaction(pool, sql, channel, request, links));
  } catch (error) {
    if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
    const ids = request.events.map((event) => event.id);
    const { rows } = await pool.query<StoredEventRef>(sql.findIds, [ids]);
    const replay = replayedAppend(request.streamId, ids, rows);
    if (!replay) throw error;
    return replay;
  }
};

/** The link the writer's expectation names, when it is known without asking: the genesis of a new stream, or a remembered one. */
const linkOf = ({ streamId, expected }: PostgresAppendRequest, links: KnownLinks): ChainEnd | null => {
  if (expected === 'noStream') return EMPTY_CHAIN;
  const known = links.get(streamId);
  if (!known || expected === 'any' || (typeof expected === 'number' && expected !== known.revision)) return null;
  return { ...known, sealed: true };
};

const appendInOneStatement = async (
  pool: Pool,
  sql: Statements,
  channel: string,
  { streamId, events, recordedAt }: PostgresAppendRequest,
  link: ChainEnd,
  links: KnownLinks,
): Promise<AppendResult | null> => {
  const sealed = sealBatch(streamId, events, link, recordedAt);
  const params = rowParams(sealed, recordedAt, channel);
  const { rows } =
    link.revision < 0
      ? await pool.query<{ position: string }>(sql.appendNewStream, params)
      : await pool.query<{ position: string }>(sql.appendAtLink, [...params, link.hash]);
  if (rows.length === 0) return null;
  const last = sealed[sealed.length - 1]!;
  links.remember(streamId, { revision: last.revision, hash: last.metadata.hash! });
  return { nextExpectedRevision: last.revision, position: rows[0]!.position };
};

const appendInTransaction = async (
  pool: Pool,
  sql: Statements,
  channel: string,
  { streamId, events, expected, recordedAt }: PostgresAppendRequest,
  links: KnownLinks,
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
    const sealed = sealBatch(streamId, events, end, recordedAt);
    const { rows } = await client.query<{ position: string }>(sql.appendBatch, rowParams(sealed, recordedAt, channel));
    await client.query('COMMIT');
    const last = sealed[sealed.length - 1]!;
    links.remember(streamId, { revision: last.revision, hash: last.metadata.hash! });
    return { nextExpectedRevision: current + events.length, position: rows[0]!.position };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
};

/** $1–$12 of appendBatch and the one-statement appends: the batch's rows as arrays, in one go. */
const rowParams = (sealed: readonly StoredEnvelope[], recordedAt: string, channel: string): unknown[] => {
  const [first] = sealed;
  return [
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
  ];
};
