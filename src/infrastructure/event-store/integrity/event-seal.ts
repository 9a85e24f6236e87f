import { createHash } from 'node:crypto';
import type { EventMetadata, NewEvent, RecordedEvent } from '../../../events/envelope';
import { canonicalJson } from './canonical-json';

/** The previousHash of every stream's first event (revision 0). */
export const GENESIS_HASH = '0'.repeat(64);

/** An event as stored, before (or without) its place in the global log. */
export type StoredEnvelope = Omit<RecordedEvent, 'position'>;

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * What an event's hash covers. previousHash is part of it, so changing any event
 * changes every later hash of its stream: a forger must rewrite the stream to its
 * end, which the log anchors then catch. Position is left out on purpose: it is
 * the store's numbering, not the fact, and an import into another store renumbers.
 */
export const sealedContent = (event: StoredEnvelope, previousHash: string): string =>
  canonicalJson({
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    streamId: event.streamId,
    revision: event.revision,
    metadata: {
      actor: event.metadata.actor,
      correlationId: event.metadata.correlationId,
      causationId: event.metadata.causationId ?? null,
      occurredAt: event.metadata.occurredAt,
      recordedAt: event.metadata.recordedAt,
      unitPath: event.metadata.unitPath,
    },
    previousHash,
  });

/** SHA-256 (lowercase hex) of the canonical content and the previous link. */
export const sealOf = (event: StoredEnvelope, previousHash: string): string => sha256Hex(sealedContent(event, previousHash));

/**
 * A batch as the store will keep it: data as its stored JSON reads back (so the
 * hash taken now equals the one recomputed from storage), metadata of named
 * fields only (nothing stored escapes the hash; a writer's own recordedAt, hash
 * or previousHash is dropped), revisions after `previous`, each sealed in turn.
 */
export const sealBatch = (
  streamId: string,
  events: readonly NewEvent[],
  previous: { readonly revision: number; readonly hash: string },
  recordedAt: string,
): StoredEnvelope[] => {
  let previousHash = previous.hash;
  return events.map((event, index) => {
    const { actor, correlationId, causationId, occurredAt, unitPath } = event.metadata;
    const metadata: EventMetadata = { actor, correlationId, causationId: causationId ?? null, occurredAt, recordedAt, unitPath };
    const unsealed: StoredEnvelope = {
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: JSON.parse(JSON.stringify(event.data ?? null)) as unknown,
      streamId,
      revision: previous.revision + 1 + index,
      metadata,
    };
    const hash = sealOf(unsealed, previousHash);
    const sealed = { ...unsealed, metadata: { ...metadata, previousHash, hash } };
    previousHash = hash;
    return sealed;
  });
};
