import type { StoredRow } from './event-rows';
import { IdFilter } from './id-filter';

/** One key per row of any table of a projection. */
export const rowKey = (table: string, id: string): string => `${table}\u0000${id}`;

/**
 * The rows a runner read and wrote in its earlier batches, so a long catch-up
 * (a rebuild above all) asks its database once per row rather than once per event
 * touching it. It holds committed rows only and is trusted only while the
 * checkpoint still stands where this runner's last batch left it: no other
 * runner wrote the generation in between. Begun on an empty generation, it also
 * knows which rows do not exist, through a filter of every row key written.
 */
export class RowCache {
  private readonly rows = new Map<string, StoredRow | null>();
  private written = new IdFilter();
  private position: string | null = null;
  private complete = false;

  constructor(private readonly capacity = 1_000) {}

  /** Starts a batch from `checkpoint`: anything held since another position is dropped. */
  startAt(checkpoint: string): void {
    if (this.position === checkpoint) return;
    this.rows.clear();
    this.written = new IdFilter();
    // A generation at its start has no rows: no batch of it ever committed.
    this.complete = checkpoint === '';
    this.position = checkpoint;
  }

  /** A row (or null, known absent), or undefined when the database must be asked. */
  lookup(key: string): StoredRow | null | undefined {
    const held = this.rows.get(key);
    if (held !== undefined) return held;
    return this.complete && !this.written.mayHave(key) ? null : undefined;
  }

  /**
   * Takes in a committed batch's rows (read or written), most recent last, and
   * lets the least recently used go beyond capacity.
   */
  committed(position: string, touched: ReadonlyMap<string, StoredRow | null>, written: Iterable<string>): void {
    for (const key of written) this.written.add(key);
    for (const [key, row] of touched) {
      this.rows.delete(key);
      this.rows.set(key, row);
    }
    for (const key of this.rows.keys()) {
      if (this.rows.size <= this.capacity) break;
      this.rows.delete(key);
    }
    this.position = position;
  }

  /** After a failed or lost batch: what is held may not be what was committed. */
  forget(): void {
    this.rows.clear();
    this.written = new IdFilter();
    this.complete = false;
    this.position = null;
  }
}
