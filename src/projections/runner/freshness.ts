import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { READ_DATABASE, type ReadDatabase } from '../../infrastructure/database/read-database';
import { DomainError, validationError } from '../../modules/shared-kernel/domain-error';
import { Generations } from './generations';
import { PROJECTIONS } from '../projections';

const POLL_MS = 25;
export const FRESHNESS_TIMEOUT_MS = 5000;

/**
 * Read-your-writes: a query given the position a mutation returned waits until
 * every read model has folded the log up to it, or fails with a typed error.
 */
@Injectable()
export class Freshness {
  private readonly generations: Generations;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DATABASE) readDb: ReadDatabase,
  ) {
    this.generations = new Generations(readDb.db);
  }

  async ensure(minPosition: string | null | undefined, timeoutMs = FRESHNESS_TIMEOUT_MS): Promise<void> {
    if (minPosition === null || minPosition === undefined) return;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const behind = await this.behind(minPosition);
      if (behind.length === 0) return;
      if (Date.now() >= deadline) {
        throw new DomainError('READ_MODEL.NOT_CAUGHT_UP', `Read models have not reached ${minPosition} yet: ${behind.join(', ')}`, 'minPosition', {
          behind,
          waitedMs: timeoutMs,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async behind(minPosition: string): Promise<string[]> {
    const active = (await this.generations.list()).filter((generation) => generation.status === 'active');
    const positions = new Map(active.map((generation) => [generation.name, generation.position]));
    return PROJECTIONS.filter((projection) => {
      const position = positions.get(projection.name) ?? '';
      return position === '' || this.compare(position, minPosition) < 0;
    }).map((projection) => projection.name);
  }

  private compare(position: string, minPosition: string): number {
    try {
      return this.store.comparePositions(position, minPosition);
    } catch {
      throw validationError('minPosition', 'is not a position this service gave out');
    }
  }
}
