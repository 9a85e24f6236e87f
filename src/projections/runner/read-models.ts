import { Inject, Injectable } from '@nestjs/common';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { READ_DATABASE, type ReadDatabase } from '../../infrastructure/database/read-database';
import { Generations } from './generations';
import type { Projection, Row } from './projection';
import { decodeRow } from './projection-tables';
import { physicalTable } from './table-names';

const ACTIVE_TTL_MS = 1000;

/** The query side's door to read models: the active generation's tables, rows decoded. */
@Injectable()
export class ReadModels {
  private readonly active = new Map<string, { generation: number; at: number }>();
  private readonly generations: Generations;

  constructor(@Inject(READ_DATABASE) private readonly readDb: ReadDatabase) {
    this.generations = new Generations(readDb.db);
  }

  get db(): Kysely<any> {
    return this.readDb.db;
  }

  get dialect(): 'sqlite' | 'postgres' {
    return this.readDb.dialect;
  }

  /** Physical name of a table in the generation queries read now. */
  async table(projection: Projection, table: string): Promise<string> {
    return physicalTable(projection.name, table, await this.activeGeneration(projection));
  }

  /** Rows of a table, decoded as the projection wrote them; `build` adds where/order/limit. */
  async select<R extends Row>(
    projection: Projection,
    table: string,
    build: (query: SelectQueryBuilder<any, any, any>) => SelectQueryBuilder<any, any, any> = (query) => query,
  ): Promise<R[]> {
    const spec = projection.tables.find((candidate) => candidate.name === table);
    if (!spec) throw new Error(`Projection ${projection.name} has no table ${table}`);
    const raws = await build(this.db.selectFrom(await this.table(projection, table)).selectAll()).execute();
    return raws.map((raw: Record<string, unknown>) => decodeRow<R>(spec, raw));
  }

  /** Called after a switch-over in this process; other instances notice within a second. */
  forget(name: string): void {
    this.active.delete(name);
  }

  private async activeGeneration(projection: Projection): Promise<number> {
    const cached = this.active.get(projection.name);
    if (cached && Date.now() - cached.at < ACTIVE_TTL_MS) return cached.generation;
    const active = await this.generations.active(projection.name);
    // Before the first start there is no generation yet; generation 1 is the one that will be built.
    const generation = active?.generation ?? 1;
    this.active.set(projection.name, { generation, at: Date.now() });
    return generation;
  }
}
