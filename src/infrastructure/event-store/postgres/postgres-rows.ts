import type { PoolClient } from 'pg';
import type { RecordedEvent } from '../../../events/envelope';
import { chainEndOf, type ChainEnd } from '../integrity/chain-link';
import type { postgresSql } from './postgres-sql';

export interface EventRow {
  readonly position: string;
  readonly id: string;
  readonly stream_id: string;
  readonly revision: number;
  readonly type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: RecordedEvent['metadata'];
}

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row.id,
  type: row.type,
  schemaVersion: row.schema_version,
  data: row.data,
  streamId: row.stream_id,
  revision: row.revision,
  position: row.position,
  metadata: row.metadata,
});

/**
 * The chain end of a stream whose last event was recorded before sealing: its
 * hash is recomputed over the whole stream, once (the next event keeps it as previousHash).
 */
export const unsealedChainEnd = async (
  client: PoolClient,
  sql: ReturnType<typeof postgresSql>,
  streamId: string,
): Promise<ChainEnd> => {
  const { rows } = await client.query<EventRow>(sql.wholeStream, [streamId]);
  return chainEndOf(rows.map(toRecordedEvent));
};
