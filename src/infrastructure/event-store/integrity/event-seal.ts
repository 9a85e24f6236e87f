import * as crypto from 'node:crypto';
import type { EventMetadata, NewEvent, RecordedEvent } from '../../../events/envelope';
import { canonicalJson, canonicalJsonOfPlain, quote } from './canonical-json';

/** The previousHash of every stream's first event (revision 0). */
export const GENESIS_HASH = '0'.repeat(64);

/** An event as stored, before (or without) its place in the global log. */
export type StoredEnvelope = Omit<RecordedEvent, 'position'>;

// The one-shot hash (Node 20.12+) skips a Hash object per event; older 20.x builds take the long way.
export const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

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

/**
 * The same text for the usual event, written out with the members in their sorted
 * order around data already canonical; null when a field is not a plain string or
 * integer, and sealedContent decides (it leaves out an undefined member, for one).
 */
const sealedContentOfPlain = (event: StoredEnvelope, previousHash: string, data: string): string | null => {
  const { actor, correlationId, causationId, occurredAt, recordedAt, unitPath } = event.metadata;
  if (
    typeof event.id !== 'string' ||
    typeof event.type !== 'string' ||
    typeof event.streamId !== 'string' ||
    typeof actor !== 'string' ||
    typeof correlationId !== 'string' ||
    typeof occurredAt !== 'string' ||
    typeof recordedAt !== 'string' ||
    typeof unitPath !== 'string' ||
    (causationId !== null && typeof causationId !== 'string') ||
    !Number.isSafeInteger(event.revision) ||
    !Number.isSafeInteger(event.schemaVersion)
  ) {
    return null;
  }
  return (
    `{"data":${data},"id":${quote(event.id)},"metadata":{"actor":${quote(actor)},` +
    `"causationId":${causationId === null ? 'null' : quote(causationId)},"correlationId":${quote(correlationId)},` +
    `"occurredAt":${quote(occurredAt)},"recordedAt":${quote(recordedAt)},"unitPath":${quote(unitPath)}},` +
    `"previousHash":${quote(previousHash)},"revision":${event.revision},"schemaVersion":${event.schemaVersion},` +
    `"streamId":${quote(event.streamId)},"type":${quote(event.type)}}`
  );
};

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
    // One object, sealed in place once its hash is known: the hash covers neither previousHash nor hash as metadata.
    const metadata: { -readonly [K in keyof EventMetadata]: EventMetadata[K] } = {
      actor,
      correlationId,
      causationId: causationId ?? null,
      occurredAt,
      recordedAt,
      unitPath,
      previousHash,
      hash: '',
    };
    // Plain JSON data (the usual case) already reads back as it is; anything else is normalised through JSON first.
    const source = event.data ?? null;
    const plain = canonicalJsonOfPlain(source);
    const sealed: StoredEnvelope = {
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: plain === null ? (JSON.parse(JSON.stringify(source)) as unknown) : source,
      streamId,
      revision: previous.revision + 1 + index,
      metadata,
    };
    metadata.hash = sha256Hex((plain !== null && sealedContentOfPlain(sealed, previousHash, plain)) || sealedContent(sealed, previousHash));
    previousHash = metadata.hash;
    return sealed;
  });
};
