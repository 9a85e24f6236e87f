import type { Kysely } from 'kysely';
import type { Projection } from './projection';

export type GenerationStatus = 'active' | 'building' | 'retired';

export interface Generation {
  readonly name: string;
  readonly generation: number;
  readonly version: number;
  /** '' before the first event; otherwise the store's cursor of the last event folded in. */
  readonly position: string;
  readonly status: GenerationStatus;
  readonly updatedAt: string;
}

const toGeneration = (row: Record<string, unknown>): Generation => ({
  name: String(row.name),
  generation: Number(row.generation),
  version: Number(row.version),
  position: String(row.position),
  status: row.status as GenerationStatus,
  updatedAt: String(row.updatedAt),
});

/**
 * Each projection is built into numbered generations of tables. Queries read the
 * active one; a version bump or a rebuild builds the next one beside it and
 * promotes it once it has caught up with the log.
 */
export class Generations {
  constructor(
    private readonly db: Kysely<any>,
    private readonly now: () => Date = () => new Date(),
    /** Wraps multi-statement writes; see ReadDatabase.exclusive. */
    private readonly exclusive: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
  ) {}

  async list(name?: string): Promise<Generation[]> {
    let query = this.db.selectFrom('projection_state').selectAll().orderBy('name').orderBy('generation');
    if (name !== undefined) query = query.where('name', '=', name);
    return (await query.execute()).map(toGeneration);
  }

  async get(name: string, generation: number, db: Kysely<any> = this.db): Promise<Generation | null> {
    const row = await db.selectFrom('projection_state').selectAll().where('name', '=', name).where('generation', '=', generation).executeTakeFirst();
    return row ? toGeneration(row) : null;
  }

  async active(name: string): Promise<Generation | null> {
    return (await this.list(name)).find((generation) => generation.status === 'active') ?? null;
  }

  /** The generations to run: the active one, and a building one when the code's version moved on. */
  async ensure(projection: Projection): Promise<Generation[]> {
    const existing = await this.list(projection.name);
    const active = existing.find((g) => g.status === 'active');
    if (!active) await this.insert(projection, 1 + Math.max(0, ...existing.map((g) => g.generation)), 'active');
    else if (active.version !== projection.version && !existing.some((g) => g.status === 'building' && g.version === projection.version)) {
      await this.insert(projection, 1 + Math.max(...existing.map((g) => g.generation)), 'building');
    }
    return (await this.list(projection.name)).filter((g) => g.status !== 'retired');
  }

  /** A fresh generation to rebuild into, or the one an interrupted rebuild left behind. */
  async startRebuild(projection: Projection): Promise<Generation> {
    const existing = await this.list(projection.name);
    const building = existing.find((g) => g.status === 'building' && g.version === projection.version);
    if (building) return building;
    const generation = 1 + Math.max(0, ...existing.map((g) => g.generation));
    await this.insert(projection, generation, 'building');
    return (await this.get(projection.name, generation))!;
  }

  /** Moves the checkpoint only if nobody else did: the first write of every batch transaction. */
  async advance(trx: Kysely<any>, name: string, generation: number, from: string, to: string): Promise<boolean> {
    const result = await trx
      .updateTable('projection_state')
      .set({ position: to, updatedAt: this.now().toISOString() })
      .where('name', '=', name)
      .where('generation', '=', generation)
      .where('position', '=', from)
      .where('status', '!=', 'retired')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The building generation becomes the one queries read; the previous one retires. */
  async promote(name: string, generation: number): Promise<boolean> {
    return this.exclusive(() => this.db.transaction().execute(async (trx) => {
      const candidate = await this.get(name, generation, trx);
      if (candidate?.status !== 'building') return false;
      const at = this.now().toISOString();
      await trx.updateTable('projection_state').set({ status: 'retired', updatedAt: at }).where('name', '=', name).where('status', '=', 'active').execute();
      await trx.updateTable('projection_state').set({ status: 'active', updatedAt: at }).where('name', '=', name).where('generation', '=', generation).execute();
      return true;
    }));
  }

  async forget(name: string, generation: number): Promise<void> {
    await this.db.deleteFrom('projection_state').where('name', '=', name).where('generation', '=', generation).execute();
  }

  private async insert(projection: Projection, generation: number, status: GenerationStatus): Promise<void> {
    const at = this.now().toISOString();
    await this.db
      .insertInto('projection_state')
      .values({ name: projection.name, generation, version: projection.version, position: '', status, createdAt: at, updatedAt: at })
      .onConflict((conflict) => conflict.columns(['name', 'generation']).doNothing())
      .execute();
  }
}
