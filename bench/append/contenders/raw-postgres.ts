import { Pool } from 'pg';
import { streamCategory } from '../../../src/events/stream-ids';
import { migratePostgres } from '../../../src/infrastructure/event-store/postgres/postgres-migrations';
import { UNSEALED } from '../bench-events';
import type { AppendTarget, Contender } from '../contender';
import { BENCH_DATABASE_URL, scratchSchema } from '../scratch';

/**
 * pg on its own: our tables (same migration) and one statement per append, so one
 * round trip in autocommit: the stream row moves from the expected revision (or is
 * created for a new stream) and locks it, the one-row head hands out the next
 * positions (gap-free, in commit order, as our log needs), and one multi-row
 * INSERT writes the events. No row comes back when the revision check fails.
 */
const streamMove = (schema: string, newStream: boolean): string =>
  newStream
    ? `INSERT INTO ${schema}.streams (stream_id, revision) VALUES ($1, $3::integer + $2::integer) ON CONFLICT DO NOTHING RETURNING revision`
    : `UPDATE ${schema}.streams SET revision = $3::integer + $2::integer WHERE stream_id = $1 AND revision = $3::integer RETURNING revision`;

const rows = `e.id, $1, $4, $3::integer + e.ord, e.type, e.schema_version, e.data::json, e.metadata::json, e.unit_path, $5::timestamptz
    FROM unnest($6::text[], $7::text[], $8::integer[], $9::text[], $10::text[], $11::text[])
      WITH ORDINALITY AS e(id, type, schema_version, data, metadata, unit_path, ord)`;

const COLUMNS = '(position, id, stream_id, category, revision, type, schema_version, data, metadata, unit_path, recorded_at)';

const appendSql = (schema: string, newStream: boolean): string => `
  WITH stream AS (${streamMove(schema, newStream)}), head AS (
    UPDATE ${schema}.log_head SET position = position + $2::bigint WHERE EXISTS (SELECT 1 FROM stream) RETURNING position
  ), appended AS (
    INSERT INTO ${schema}.events ${COLUMNS}
    SELECT head.position - $2::bigint + e.ord, ${rows.replace('FROM unnest', 'FROM head, unnest')}
  )
  SELECT position::text AS position FROM head`;

/**
 * The same with positions from a sequence instead of the head row: appenders then
 * commit side by side (and share WAL flushes), but positions have gaps and commit
 * out of order, so a reader going by position can pass over an event that commits
 * later. Our log does not allow that; this shows what the guarantee costs.
 */
const sequenceSql = (schema: string, newStream: boolean): string => `
  WITH stream AS (${streamMove(schema, newStream)}), appended AS (
    INSERT INTO ${schema}.events ${COLUMNS}
    SELECT nextval('${schema}.positions'), ${rows} WHERE EXISTS (SELECT 1 FROM stream) ORDER BY e.ord
    RETURNING position
  )
  SELECT max(position)::text AS position FROM appended HAVING count(*) > 0`;

const openRaw = async (positions: 'head' | 'sequence'): Promise<AppendTarget> => {
  const { schema, drop } = await scratchSchema();
  const pool = new Pool({ connectionString: BENCH_DATABASE_URL, max: 10 });
  await migratePostgres(pool, schema, `"${schema}"`);
  if (positions === 'sequence') await pool.query(`CREATE SEQUENCE "${schema}".positions`);
  const statement = positions === 'head' ? appendSql : sequenceSql;
  const create = statement(`"${schema}"`, true);
  const move = statement(`"${schema}"`, false);
  const page = `SELECT position, id, stream_id, revision, type, schema_version, data, metadata FROM "${schema}".events
    WHERE position > $1 ORDER BY position LIMIT $2`;
  return {
    async append(streamId, events, expected) {
      const recordedAt = new Date().toISOString();
      const { rows: written } = await pool.query(expected === -1 ? create : move, [
        streamId,
        events.length,
        expected,
        streamCategory(streamId),
        recordedAt,
        events.map((event) => event.id),
        events.map((event) => event.type),
        events.map((event) => event.schemaVersion),
        events.map((event) => JSON.stringify(event.data)),
        events.map((event) => JSON.stringify({ ...event.metadata, recordedAt, ...UNSEALED })),
        events.map((event) => event.metadata.unitPath),
      ]);
      if (written.length === 0) throw new Error(`${streamId} is not at revision ${expected}`);
    },
    async readAll(size) {
      let after = '0';
      let read = 0;
      for (;;) {
        const { rows: found } = await pool.query<{ position: string }>(page, [after, size]);
        read += found.length;
        if (found.length < size) return read;
        after = found[found.length - 1]!.position;
      }
    },
    async close() {
      await pool.end();
      await drop();
    },
  };
};

export const rawPostgres: Contender = { name: 'raw driver', open: () => openRaw('head') };

export const rawPostgresSequence: Contender = { name: 'raw driver, sequence', open: () => openRaw('sequence') };
