import { jsonEvent, type EventData, type JSONType, type Position } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../../../events/envelope';
import type { StoredEnvelope } from '../integrity/event-seal';
import { encodePosition } from './position.mapping';

/**
 * The envelope fields that have no slot of their own in a KurrentDB event. The
 * correlation and causation ids use the server's reserved names, so its
 * `$by_correlation_id` projection and admin UI link related events.
 */
export interface StoredMetadata {
  readonly actor: string;
  readonly $correlationId: string;
  /** Omitted when the event has no cause. */
  readonly $causationId?: string;
  readonly occurredAt: string;
  /** The adapter's clock at append; whatever the writer sent is ignored. */
  readonly recordedAt: string;
  readonly unitPath: string;
  readonly schemaVersion: number;
  /** The stream's hash chain (absent on events recorded before sealing). */
  readonly previousHash?: string;
  readonly hash?: string;
}

/** What the client hands back for a stored event (its RecordedEvent, narrowed to what we read). */
export interface StoredRecord {
  readonly streamId: string;
  readonly id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
  /** Present on every `$all` read; on stream reads only from server 22.10 on. */
  readonly position?: Position;
}

// Named fields only: whatever else an envelope carries never reaches the store.
export const toStoredMetadata = (event: Pick<StoredEnvelope, 'schemaVersion' | 'metadata'>): StoredMetadata => {
  const { actor, correlationId, causationId, occurredAt, recordedAt, unitPath, previousHash, hash } = event.metadata;
  return {
    actor,
    $correlationId: correlationId,
    ...(causationId === null || causationId === undefined ? {} : { $causationId: causationId }),
    occurredAt,
    recordedAt,
    unitPath,
    schemaVersion: event.schemaVersion,
    ...(previousHash === undefined ? {} : { previousHash }),
    ...(hash === undefined ? {} : { hash }),
  };
};

/** Always our id: the server deduplicates retries by it, and the write side finds its replays by it. */
export const toEventData = (event: StoredEnvelope): EventData =>
  jsonEvent({
    id: event.id,
    type: event.type,
    // The client serialises with JSON.stringify; undefined would send no bytes at all.
    data: (event.data ?? null) as JSONType,
    metadata: toStoredMetadata(event) as unknown as JSONType,
  });

const isText = (value: unknown): value is string => typeof value === 'string';

const isStoredMetadata = (value: unknown): value is StoredMetadata => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const m = value as Record<string, unknown>;
  return (
    isText(m.actor) &&
    isText(m.$correlationId) &&
    (m.$causationId === undefined || m.$causationId === null || isText(m.$causationId)) &&
    isText(m.occurredAt) &&
    isText(m.recordedAt) &&
    isText(m.unitPath) &&
    Number.isSafeInteger(m.schemaVersion) &&
    (m.previousHash === undefined || isText(m.previousHash)) &&
    (m.hash === undefined || isText(m.hash))
  );
};

/** `streamId` is the stream's name in our terms (any namespace prefix already removed). */
export const toRecordedEvent = (record: StoredRecord, streamId: string): RecordedEvent => {
  const where = `Event ${record.id} at ${record.streamId}@${record.revision}`;
  if (!record.isJson) throw new Error(`${where} is not a Sijill event: its data is not JSON`);
  const metadata = record.metadata;
  if (!isStoredMetadata(metadata)) throw new Error(`${where} is not a Sijill event: its metadata has no Sijill envelope`);
  if (!record.position) {
    throw new Error(`${where} came without its $all position; the KurrentDB store needs EventStoreDB 22.10 or later`);
  }
  return {
    id: record.id,
    type: record.type,
    schemaVersion: metadata.schemaVersion,
    data: record.data,
    streamId,
    revision: Number(record.revision),
    position: encodePosition(record.position),
    metadata: {
      actor: metadata.actor,
      correlationId: metadata.$correlationId,
      causationId: metadata.$causationId ?? null,
      occurredAt: metadata.occurredAt,
      recordedAt: metadata.recordedAt,
      unitPath: metadata.unitPath,
      ...(metadata.previousHash === undefined ? {} : { previousHash: metadata.previousHash }),
      ...(metadata.hash === undefined ? {} : { hash: metadata.hash }),
    },
  };
};
