import type { AllStreamResolvedEvent, Position, ResolvedEvent } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../../../events/envelope';
import { toRecordedEvent, type StoredRecord } from './event.mapping';
import { ownStreamId } from './namespace.mapping';

// Reads go to the leader, as appends do, so a read right after an append sees it.
export const LEADER = { requiresLeader: true } as const;

/** Links are not resolved, so a link (a system `$>` event) is its own record. */
export const recordOf = (resolved: ResolvedEvent | AllStreamResolvedEvent): StoredRecord => {
  const record = resolved.event ?? resolved.link;
  if (!record) throw new Error('KurrentDB sent a read result without an event');
  return record as StoredRecord;
};

export const positionOf = (record: StoredRecord): Position => {
  if (!record.position) throw new Error(`Event ${record.id} came without its $all position; EventStoreDB 22.10 or later is needed`);
  return record.position;
};

/** Ours and decoded, or null for a record of another namespace or of the server itself. */
export const ownEvent = (prefix: string, record: StoredRecord): RecordedEvent | null => {
  const streamId = ownStreamId(prefix, record);
  return streamId === null ? null : toRecordedEvent(record, streamId);
};
