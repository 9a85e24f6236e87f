/** The statements of the PostgreSQL adapter, for one (already quoted) schema. */
export const postgresSql = (schema: string) => {
  const columns = 'position, id, stream_id, revision, type, schema_version, data, metadata';
  return {
    columns,
    ensureStream: `INSERT INTO ${schema}.streams (stream_id, revision) VALUES ($1, -1) ON CONFLICT DO NOTHING`,
    /** The stream's row lock, its revision and its last event's hash: the link the new events chain on. */
    lockStream: `SELECT s.revision, e.metadata->>'hash' AS hash
      FROM ${schema}.streams s LEFT JOIN ${schema}.events e ON e.stream_id = s.stream_id AND e.revision = s.revision
      WHERE s.stream_id = $1 FOR UPDATE OF s`,
    wholeStream: `SELECT ${columns} FROM ${schema}.events WHERE stream_id = $1 ORDER BY revision`,
    streamEnds: `SELECT DISTINCT ON (stream_id) stream_id, revision, metadata->>'hash' AS hash
      FROM ${schema}.events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, revision DESC`,
    lockHeadForImport: `SELECT h.position::text AS head, (SELECT id FROM ${schema}.events ORDER BY position DESC LIMIT 1) AS last
      FROM ${schema}.log_head h FOR UPDATE OF h`,
    /** Envelopes kept verbatim at the next positions; each stream row moves to the batch's last revision of it. */
    importBatch: `
      WITH head AS (
        UPDATE ${schema}.log_head SET position = position + $1::bigint RETURNING position
      ), imported AS (
        INSERT INTO ${schema}.events
          (position, id, stream_id, category, revision, type, schema_version, data, metadata, unit_path, recorded_at)
        SELECT head.position - $1::bigint + e.ord, e.id, e.stream_id, e.category, e.revision, e.type, e.schema_version,
               e.data::json, e.metadata::json, e.unit_path, e.recorded_at::timestamptz
        FROM head, unnest($2::text[], $3::text[], $4::text[], $5::integer[], $6::text[], $7::integer[], $8::text[], $9::text[],
                          $10::text[], $11::text[])
          WITH ORDINALITY AS e(id, stream_id, category, revision, type, schema_version, data, metadata, unit_path, recorded_at, ord)
      ), stream AS (
        INSERT INTO ${schema}.streams (stream_id, revision)
        SELECT * FROM unnest($12::text[], $13::integer[])
        ON CONFLICT (stream_id) DO UPDATE SET revision = EXCLUDED.revision
      )
      SELECT position::text AS position, pg_notify($14, position::text) FROM head`,
    findIds: `SELECT id, stream_id AS "streamId", revision, position::text AS position
              FROM ${schema}.events WHERE id = ANY($1::text[])`,
    /**
     * Why the log stays gap-free under concurrent writers: positions come from the
     * one-row log_head, not a sequence. Its row lock is taken here, after the stream
     * lock and every check, and held until COMMIT, so the next writer can only
     * allocate once this one's events are visible: positions are allocated in commit
     * order and dense (a rollback returns its numbers). A reader therefore never
     * passes over an event that commits later with a smaller position. Lock order is
     * always stream row, then head, so writers cannot deadlock; this statement and
     * COMMIT are all that run under the head lock. pg_notify is delivered at commit.
     */
    appendBatch: `
      WITH head AS (
        UPDATE ${schema}.log_head SET position = position + $2::bigint RETURNING position
      ), appended AS (${insertAppended(schema)}
      ), stream AS (
        UPDATE ${schema}.streams SET revision = $4::bigint + $2::bigint WHERE stream_id = $1
      )
      SELECT position::text AS position, pg_notify($12, position::text) FROM head`,
    /**
     * The whole append in one statement, one round trip in autocommit, for when the
     * writer knows the link its batch chains on: a new stream, or a stream whose
     * revision $4 and that event's hash $13 it has seen. The stream row is created or
     * moved (and so locked) only when the stream is still at that link; then the head
     * hands out positions as in appendBatch, in the same lock order. No row comes back
     * when the stream has moved: the caller then appends the long way, which sorts
     * out conflicts and replays under lock. An id stored in another stream fails the
     * insert on its unique index, and the caller decides from what is stored.
     */
    appendNewStream: appendWhen(
      schema,
      `INSERT INTO ${schema}.streams AS s (stream_id, revision) VALUES ($1, $4::integer + $2::integer)
       ON CONFLICT (stream_id) DO UPDATE SET revision = EXCLUDED.revision WHERE s.revision = -1
       RETURNING s.revision`,
    ),
    appendAtLink: appendWhen(
      schema,
      `UPDATE ${schema}.streams s SET revision = $4::integer + $2::integer
       WHERE s.stream_id = $1 AND s.revision = $4::integer
         AND EXISTS (SELECT 1 FROM ${schema}.events e WHERE e.stream_id = $1 AND e.revision = $4::integer AND e.metadata->>'hash' = $13::text)
       RETURNING s.revision`,
    ),
    readStreamForwards: `SELECT ${columns} FROM ${schema}.events
      WHERE stream_id = $1 AND revision >= $2 ORDER BY revision ASC LIMIT $3`,
    readStreamBackwards: `SELECT ${columns} FROM ${schema}.events
      WHERE stream_id = $1 AND revision <= $2 ORDER BY revision DESC LIMIT $3`,
    /**
     * One statement, one snapshot: the head and the page agree even with writers committing.
     * LIMIT 1 on the one-row head tells the planner so: without statistics it guesses
     * thousands of head rows, and the cost it then sees buys a JIT compile on every page.
     */
    readAll: (where: string, limit: string) => `
      SELECT h.head, e.* FROM (SELECT position::text AS head FROM ${schema}.log_head LIMIT 1) h
      LEFT JOIN LATERAL (
        SELECT ${columns} FROM ${schema}.events WHERE ${where} ORDER BY position LIMIT ${limit}
      ) e ON true
      ORDER BY e.position`,
    head: `SELECT position::text AS head FROM ${schema}.log_head`,
  };
};

const appendWhen = (schema: string, stream: string): string => `
  WITH stream AS (
    ${stream}
  ), head AS (
    UPDATE ${schema}.log_head SET position = position + $2::bigint WHERE EXISTS (SELECT 1 FROM stream) RETURNING position
  ), appended AS (${insertAppended(schema)}
  )
  SELECT position::text AS position, pg_notify($12, position::text) FROM head`;

/**
 * The events of one append, at the positions the head CTE handed out: stream $1,
 * category $3, revisions after $4, recorded at $5; the per-event columns $6 to $11
 * arrive as parallel arrays, one round trip whatever the batch size.
 */
const insertAppended = (schema: string): string => `
    INSERT INTO ${schema}.events
      (position, id, stream_id, category, revision, type, schema_version, data, metadata, unit_path, recorded_at)
    SELECT head.position - $2::bigint + e.ord, e.id, $1, $3, $4::bigint + e.ord, e.type, e.schema_version,
           e.data::json, e.metadata::json, e.unit_path, $5::timestamptz
    FROM head, unnest($6::text[], $7::text[], $8::integer[], $9::text[], $10::text[], $11::text[])
      WITH ORDINALITY AS e(id, type, schema_version, data, metadata, unit_path, ord)`;
