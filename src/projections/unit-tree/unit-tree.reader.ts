import { Inject, Injectable } from '@nestjs/common';
import { upcast } from '../../events/upcasting';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { evolve, UNIT_TREE_EVENT_TYPES, type UnitRow } from './unit-tree.evolve';

/**
 * Folds the unit events of the log on each ask. The unit tree is small (a few
 * thousand units at most); the checkpointed, stored read model replaces this
 * fold when the projection runner lands.
 */
@Injectable()
export class UnitTreeReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async units(): Promise<ReadonlyMap<string, UnitRow>> {
    const rows = new Map<string, UnitRow>();
    let after: string | null = null;
    for (;;) {
      const page = await this.store.readAll({ after, limit: 1000, filter: { types: UNIT_TREE_EVENT_TYPES } });
      for (const recorded of page.events) {
        const event = upcast(recorded);
        if (!event || !('unitId' in event.data)) continue;
        const unitId = event.data.unitId;
        const next = evolve(rows.get(unitId) ?? null, event);
        if (next) rows.set(unitId, next);
      }
      if (page.isEnd || page.nextCursor === null) return rows;
      after = page.nextCursor;
    }
  }
}
