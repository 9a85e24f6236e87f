/**
 * The stored event and its metadata, exactly as DOMAIN.md describes them.
 * Everything here is plain readonly data: it crosses the store, GraphQL and
 * (later) export files unchanged.
 */
export interface EventMetadata {
  /** Who recorded the event (the request's principal). */
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  /** When it happened in the world (ISO 8601), e.g. the meeting day. */
  readonly occurredAt: string;
  /** When the store took it (ISO 8601); set by the store, never by the writer. */
  readonly recordedAt: string;
  /** Unit path at decision time, so subtree filters need no joins: `/pam/fes-meknes`. */
  readonly unitPath: string;
  /**
   * The hash chain of the event's stream, set by the store at append: the previous
   * event's hash (64 zeros at revision 0), and SHA-256 over this event's canonical
   * content and previousHash (docs/for-auditors-integrity.md). Absent on events
   * recorded before sealing existed, which verification reports as unsealed.
   */
  readonly previousHash?: string;
  readonly hash?: string;
}

export type WriterMetadata = Omit<EventMetadata, 'recordedAt' | 'previousHash' | 'hash'>;

/** An event as the write side hands it to the store. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  /** Chosen by the writer; the same id appended twice is stored once. */
  readonly id: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: WriterMetadata;
}

/** An event as the store recorded it. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  readonly id: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly streamId: string;
  /** 0-based within the stream. */
  readonly revision: number;
  /** Opaque cursor into the global log; compare only through the store. */
  readonly position: string;
  readonly metadata: EventMetadata;
}
