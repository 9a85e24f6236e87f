import type { OpenedEvent } from '../../infrastructure/privacy/personal-data';
import { upcast } from '../../events/upcasting';
import { EventRows, type RowSource, type StoredRow } from './event-rows';
import type { ProjectedEvent, Projection, Row } from './projection';

const byNumber = (a: string, b: string): number => Number(BigInt(a) - BigInt(b));

/** Rows in memory, for projection specs: the same apply-and-skip rules as the runner. */
export class MemoryRows implements RowSource {
  private readonly tables = new Map<string, Map<string, StoredRow>>();

  async load(table: string, id: string): Promise<StoredRow | null> {
    return this.tables.get(table)?.get(id) ?? null;
  }

  save(table: string, row: Row, position: string): void {
    const rows = this.tables.get(table) ?? new Map<string, StoredRow>();
    rows.set(row.id, { row, lastPosition: position });
    this.tables.set(table, rows);
  }

  /** A table's rows ordered by id. */
  rows<R extends Row = Row>(table: string): R[] {
    return [...(this.tables.get(table)?.values() ?? [])].map((stored) => stored.row as R).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async apply(projection: Projection, event: ProjectedEvent): Promise<boolean> {
    const rows = new EventRows(this, event.position, byNumber);
    await projection.apply(event, rows);
    return rows.commit();
  }
}

/** Turns a recorded event into what projections see, or null for a type this code does not know. */
export const toProjected = (recorded: OpenedEvent): ProjectedEvent | null => {
  const event = upcast(recorded);
  if (!event) return null;
  const { id, streamId, revision, position, metadata, personalDataErased } = recorded;
  return { ...event, id, streamId, revision, position, metadata, ...(personalDataErased && { personalDataErased }) } as ProjectedEvent;
};
