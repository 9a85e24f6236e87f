import type { EventStore } from '../../infrastructure/event-store/event-store.port';
import type { ReadDatabase } from '../../infrastructure/database/read-database';
import type { Generation } from './generations';
import { Generations } from './generations';

export interface GenerationReport extends Generation {
  /** Events in the log after the checkpoint, when the store's positions can be subtracted. */
  readonly lagEvents: number | null;
  /** How long ago the oldest event not yet folded in was recorded; 0 when caught up. */
  readonly lagSeconds: number;
  readonly issues: number;
}

const DECIMAL = /^\d+$/;

export const projectionStatus = async (store: EventStore, readDb: ReadDatabase, now = new Date()): Promise<GenerationReport[]> => {
  const head = await store.headPosition();
  const issueCounts = await readDb.db
    .selectFrom('projection_issues')
    .select(['name', 'generation', readDb.db.fn.countAll().as('count')])
    .groupBy(['name', 'generation'])
    .execute();
  const reports: GenerationReport[] = [];
  for (const generation of (await new Generations(readDb.db).list()).filter((g) => g.status !== 'retired')) {
    const after = generation.position === '' ? null : generation.position;
    const next = (await store.readAll({ after, limit: 1 })).events[0];
    const lagEvents =
      head === null ? 0 : DECIMAL.test(head) && (after === null || DECIMAL.test(after)) ? Number(BigInt(head) - BigInt(after ?? '0')) : null;
    const issues = issueCounts.find((row) => row.name === generation.name && Number(row.generation) === generation.generation);
    reports.push({
      ...generation,
      lagEvents,
      lagSeconds: next ? Math.max(0, Math.round((now.getTime() - Date.parse(next.metadata.recordedAt)) / 1000)) : 0,
      issues: Number(issues?.count ?? 0),
    });
  }
  return reports;
};
