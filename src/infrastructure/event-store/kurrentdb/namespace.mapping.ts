/**
 * An optional prefix on every stream name on the server, so several Sijill logs
 * (tenants, or test runs against a server that cannot be wiped) share one
 * KurrentDB without seeing each other. '' means the store owns the whole
 * database. It never starts with '$', the server's mark of a system stream.
 */
const PREFIX = /^(|[A-Za-z][A-Za-z0-9_.]{0,63})$/;

export const assertStreamPrefix = (prefix: string): string => {
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) {
    throw new Error(`A stream prefix is empty or a letter then up to 63 letters, digits, '_' or '.': got ${JSON.stringify(prefix)}`);
  }
  return prefix;
};

/** Our stream id as the server names it. */
export const toStreamName = (prefix: string, streamId: string): string => `${prefix}${streamId}`;

/** What a `$all` record looks like before we know whether it is ours. */
export interface RawRecordHead {
  readonly streamId: string;
  readonly type: string;
}

/**
 * Our stream id for a record, or null when the record is not ours: another
 * namespace, a system stream (`$…`) or a system event (`$…` type, such as the
 * `$>` links of the server's projections or a `$streamDeleted` tombstone).
 */
export const ownStreamId = (prefix: string, record: RawRecordHead): string | null => {
  if (record.type.startsWith('$') || record.streamId.startsWith('$')) return null;
  if (!record.streamId.startsWith(prefix)) return null;
  const streamId = record.streamId.slice(prefix.length);
  return streamId.length === 0 ? null : streamId;
};
