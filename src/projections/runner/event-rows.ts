import type { Row, Rows } from './projection';

export interface StoredRow {
  readonly row: Row;
  /** Position of the last event that wrote this row. */
  readonly lastPosition: string;
}

/** Where rows come from and where an event's writes go once it is applied. */
export interface RowSource {
  load(table: string, id: string): Promise<StoredRow | null>;
  save(table: string, row: Row, position: string): void;
}

/** The read database failed under a projection: that aborts the batch, it is not the event's fault. */
export class RowSourceFailure extends Error {
  constructor(readonly failure: unknown) {
    super(failure instanceof Error ? failure.message : String(failure));
    this.name = 'RowSourceFailure';
  }
}

/**
 * The rows one event sees. Writes are held back until the event is applied; if any
 * row it read was already written at or after this event's position, the event was
 * applied before (a replayed batch, a test applying it twice) and its writes are dropped.
 */
export class EventRows implements Rows {
  private readonly writes = new Map<string, { table: string; row: Row }>();
  private seenBefore = false;

  constructor(
    private readonly source: RowSource,
    private readonly position: string,
    private readonly compare: (a: string, b: string) => number,
  ) {}

  async get<R extends Row>(table: string, id: string): Promise<R | null> {
    const pending = this.writes.get(`${table}\u0000${id}`);
    if (pending) return pending.row as R;
    let stored: StoredRow | null;
    try {
      stored = await this.source.load(table, id);
    } catch (error) {
      throw new RowSourceFailure(error);
    }
    if (!stored) return null;
    if (this.compare(stored.lastPosition, this.position) >= 0) this.seenBefore = true;
    return stored.row as R;
  }

  put<R extends Row>(table: string, row: R): void {
    this.writes.set(`${table}\u0000${row.id}`, { table, row });
  }

  /** Hands the writes to the source, unless the event had been applied already. */
  commit(): boolean {
    if (this.seenBefore) return false;
    for (const { table, row } of this.writes.values()) this.source.save(table, row, this.position);
    return true;
  }
}
