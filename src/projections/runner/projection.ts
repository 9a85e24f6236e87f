import type { Kysely } from 'kysely';
import type { EventMetadata } from '../../events/envelope';
import type { DomainEvent, DomainEventType } from '../../events/registry';

/** A recorded event as projections see it: upcast to today's shape, with its envelope. */
export type ProjectedEvent<E extends DomainEvent = DomainEvent> = E & {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  readonly metadata: EventMetadata;
  /** True when the event's personal fields read as erased (its subject's data was erased). */
  readonly personalDataErased?: boolean;
};

/** A read-model row: an `id` primary key plus the table's columns. */
export interface Row {
  readonly id: string;
}

/**
 * The rows a projection may read and write while applying one event. Rows are
 * the projection's only state: it never calls the write side or another projection.
 */
export interface Rows {
  get<R extends Row>(table: string, id: string): Promise<R | null>;
  put<R extends Row>(table: string, row: R): void;
}

export type ColumnType = 'text' | 'integer' | 'json' | 'boolean';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable?: boolean;
}

/** Every table also gets `id` (text primary key) and `lastPosition`, kept by the runner. */
export interface TableSpec {
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
  /** Column lists to index, for the queries the GraphQL side makes. */
  readonly indexes?: ReadonlyArray<readonly string[]>;
}

/**
 * Structures a table spec cannot describe (a full-text index over a table), made
 * right after a generation's tables, in the same transaction, and dropped before
 * them. `create` runs on every start, so it must be safe to repeat.
 */
export interface ProjectionExtras {
  create(db: Kysely<any>, dialect: 'sqlite' | 'postgres', generation: number): Promise<void>;
  drop(db: Kysely<any>, generation: number): Promise<void>;
}

export interface Projection {
  /** Stable name: tables are `rm_<name>_<table>_g<generation>`. */
  readonly name: string;
  /** Bumping it rebuilds the projection into new tables and switches over when caught up. */
  readonly version: number;
  readonly handles: readonly DomainEventType[];
  readonly tables: readonly TableSpec[];
  readonly extras?: ProjectionExtras;
  /**
   * Folds one event into rows. Deterministic: same rows and event, same writes.
   * A fact it cannot use is left alone (or thrown, and the runner records it as an issue).
   */
  apply(event: ProjectedEvent, rows: Rows): Promise<void>;
}
