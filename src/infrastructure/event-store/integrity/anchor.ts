import { createHash, type Hash } from 'node:crypto';
import type { RecordedEvent } from '../../../events/envelope';
import { canonicalJson } from './canonical-json';
import { GENESIS_HASH, sha256Hex } from './event-seal';

/**
 * Anchors live in the log itself, in one system stream: append-only like every
 * stream, hash-chained like every stream, written and read through the port on
 * every adapter, and carried along by export and import.
 */
export const ANCHOR_STREAM = 'logAnchor-global';
export const LOG_ANCHORED = 'LogAnchored';
export { GENESIS_HASH as FIRST_ANCHOR_PREVIOUS_HASH };

/** The last event an anchor covers, named so that any store holding the log finds it, whatever its positions. */
export interface AnchoredEventRef {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
}

/**
 * Covers the events after the previous anchor's last event, up to and including
 * `lastEvent`, in log order. Positions are the ones of the store that took the
 * anchor, for people to read; verification goes by `lastEvent` and the count.
 */
export interface LogAnchoredData {
  readonly fromPosition: string;
  readonly toPosition: string;
  readonly lastEvent: AnchoredEventRef;
  readonly eventCount: number;
  /** SHA-256 over the covered events' hashes (64 hex characters each, concatenated) in log order. */
  readonly eventsDigest: string;
  /** The previous anchor's anchorHash; 64 zeros for the first anchor. */
  readonly previousAnchorHash: string;
  /** SHA-256 of the canonical JSON of every field above: the value an auditor keeps outside the system. */
  readonly anchorHash: string;
}

export type UnhashedAnchor = Omit<LogAnchoredData, 'anchorHash'>;

export const anchorHashOf = ({ anchorHash: _, ...fields }: UnhashedAnchor & { anchorHash?: string }): string =>
  sha256Hex(canonicalJson(fields));

/** The running digest of one anchor's events. */
export class EventsDigest {
  private hash: Hash = createHash('sha256');
  count = 0;

  add(eventHash: string): void {
    this.hash.update(eventHash, 'utf8');
    this.count += 1;
  }

  digest(): string {
    return this.hash.copy().digest('hex');
  }
}

/** An anchor as stored: its sequence is its revision in the anchor stream. */
export interface StoredAnchor {
  readonly sequence: number;
  readonly eventId: string;
  readonly position: string;
  /** Null when the event's data is not an anchor's shape (which verification reports). */
  readonly data: LogAnchoredData | null;
}

const isText = (value: unknown): value is string => typeof value === 'string';

export const toStoredAnchor = (event: RecordedEvent): StoredAnchor => {
  const d = event.data as Partial<LogAnchoredData> | null;
  const ref = d?.lastEvent;
  const ok =
    d !== null && typeof d === 'object' &&
    isText(d.fromPosition) && isText(d.toPosition) && Number.isSafeInteger(d.eventCount) &&
    isText(d.eventsDigest) && isText(d.previousAnchorHash) && isText(d.anchorHash) &&
    typeof ref === 'object' && ref !== null && isText(ref.id) && isText(ref.streamId) && Number.isSafeInteger(ref.revision);
  return { sequence: event.revision, eventId: event.id, position: event.position, data: ok ? (d as LogAnchoredData) : null };
};
