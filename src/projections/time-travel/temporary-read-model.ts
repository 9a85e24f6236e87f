import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadDatabase } from '../../infrastructure/database/read-database';
import type { EventStore } from '../../infrastructure/event-store/event-store.port';
import { PROJECTIONS } from '../projections';
import { Generations } from '../runner/generations';
import { createProjectionTables, indexProjectionTables } from '../runner/projection-tables';
import { ProjectionRunner, type RunnerIssue, type RunnerPrivacy } from '../runner/projection-runner';
import { ReadModels } from '../runner/read-models';
import { migrateReadDatabase } from '../runner/runner-migrations';
import type { PointInTime } from './point-in-time';

export const TEMPORARY_PREFIX = 'sijill-as-of-';

export interface BuildOptions {
  readonly signal?: AbortSignal;
  /** Opens sealed personal data as of now: a name erased since reads as erased in the past too. */
  readonly open?: RunnerPrivacy['open'];
  readonly onIssue?: (projection: string, issue: RunnerIssue) => void;
}

/**
 * A throwaway file, written by one builder and then only read: no journal worth
 * keeping, no fsync, and none of the shared read database's write turns.
 */
const openScratchDatabase = (path: string): ReadDatabase => {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = MEMORY');
  sqlite.pragma('synchronous = OFF');
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { dialect: 'sqlite', db, exclusive: (work) => work(), close: () => db.destroy() };
};

/**
 * Every read model as it stood at one log position, folded by the ordinary runner
 * into a fresh SQLite file under the OS temp folder: the live read models are never
 * touched, and memory stays within one runner batch whatever the log's length.
 */
export class TemporaryReadModel implements PointInTime {
  private lastUsedAt = Date.now();

  private constructor(
    readonly position: string,
    private readonly folder: string,
    private readonly database: ReadDatabase,
    private readonly models: ReadModels,
  ) {}

  static async build(store: EventStore, position: string, options: BuildOptions = {}): Promise<TemporaryReadModel> {
    const folder = mkdtempSync(join(tmpdir(), TEMPORARY_PREFIX));
    const database = openScratchDatabase(join(folder, 'read-models.db'));
    try {
      await migrateReadDatabase(database.db, 'sqlite');
      const generations = new Generations(database.db);
      for (const projection of PROJECTIONS) {
        const [generation] = await generations.ensure(projection);
        // Nothing queries it before the replay ends: its indexes are made once, over the replayed rows.
        await createProjectionTables(database.db, 'sqlite', projection, generation!.generation, { deferIndexes: true });
        const runner = new ProjectionRunner(store, database.db, 'sqlite', generations, projection, generation!.generation, {
          until: position,
          onIssue: options.onIssue,
          ...(options.open && { privacy: { open: options.open } }),
        });
        const outcome = await runner.catchUp(options.signal);
        if (!outcome.caughtUp) throw new Error(`Replay up to ${position} was interrupted`);
        await indexProjectionTables(database.db, 'sqlite', projection, generation!.generation);
      }
      return new TemporaryReadModel(position, folder, database, new ReadModels(database));
    } catch (error) {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
  }

  get readModels(): ReadModels {
    this.lastUsedAt = Date.now();
    return this.models;
  }

  /** How long since a resolver last reached for it. */
  get idleMs(): number {
    return Date.now() - this.lastUsedAt;
  }

  get path(): string {
    return this.folder;
  }

  async dispose(): Promise<void> {
    await this.database.close();
    rmSync(this.folder, { recursive: true, force: true });
  }
}
