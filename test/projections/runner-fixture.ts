import type { Kysely } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent } from '../../src/events/envelope';
import type { EventStore } from '../../src/infrastructure/event-store/event-store.port';
import { PostgresEventStore } from '../../src/infrastructure/event-store/postgres/postgres-event-store';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { openReadDatabase, type ReadDatabase } from '../../src/infrastructure/database/read-database';
import { Generations } from '../../src/projections/runner/generations';
import type { Projection, Row } from '../../src/projections/runner/projection';
import { createProjectionTables, decodeRow } from '../../src/projections/runner/projection-tables';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner';
import { migrateReadDatabase } from '../../src/projections/runner/runner-migrations';
import { physicalTable } from '../../src/projections/runner/table-names';
import { createTestSchema, TEST_DATABASE_URL } from '../support/postgres';

/** A store and a read database on one real database, for runner tests. */
export interface RunnerWorld {
  readonly store: EventStore;
  readonly readDb: ReadDatabase;
  readonly generations: Generations;
  runner(projection: Projection, generation?: number, batchSize?: number, db?: Kysely<any>): Promise<ProjectionRunner>;
  rows(projection: Projection, table: string, generation?: number): Promise<Row[]>;
  /** A second read database connection, as a second service instance would have. */
  secondConnection(): Promise<ReadDatabase>;
  close(): Promise<void>;
}

export const openWorld = async (kind: 'sqlite' | 'postgres'): Promise<RunnerWorld> => {
  let store: EventStore;
  let target: Parameters<typeof openReadDatabase>[0];
  let dispose: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sijill-runner-'));
    store = new SqliteEventStore({ path: join(dir, 'sijill.db') });
    target = { kind: 'sqlite', path: join(dir, 'sijill.db') };
    dispose = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const { schema, drop } = await createTestSchema();
    store = await PostgresEventStore.open({ connectionString: TEST_DATABASE_URL, schema });
    target = { kind: 'postgres', connectionString: TEST_DATABASE_URL, schema };
    dispose = drop;
  }
  const readDb = await openReadDatabase(target);
  await migrateReadDatabase(readDb.db, readDb.dialect);
  const generations = new Generations(readDb.db);
  const extra: ReadDatabase[] = [];
  return {
    store,
    readDb,
    generations,
    async runner(projection, generation, batchSize = 50, db = readDb.db) {
      const chosen = generation ?? (await generations.ensure(projection))[0]!.generation;
      await createProjectionTables(readDb.db, readDb.dialect, projection, chosen);
      return new ProjectionRunner(store, db, readDb.dialect, new Generations(db), projection, chosen, { batchSize });
    },
    async rows(projection, table, generation) {
      const chosen = generation ?? (await generations.active(projection.name))!.generation;
      const spec = projection.tables.find((candidate) => candidate.name === table)!;
      const raws = await readDb.db.selectFrom(physicalTable(projection.name, table, chosen)).selectAll().orderBy('id').execute();
      return raws.map((raw) => decodeRow(spec, raw));
    },
    async secondConnection() {
      const second = await openReadDatabase(target);
      extra.push(second);
      return second;
    },
    async close() {
      for (const second of extra) await second.close();
      await readDb.close();
      await store.close();
      await dispose();
    },
  };
};

let sequence = 0;

/** `count` MemberJoined events spread over a few units, appended in batches of `batch`. */
export const appendMembers = async (store: EventStore, count: number, batch = 10): Promise<void> => {
  const units = ['/pam/fes-meknes/el-hajeb', '/pam/fes-meknes/meknes', '/pam/oriental/oujda'];
  for (let start = 0; start < count; start += batch) {
    const events: NewEvent[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      sequence += 1;
      const unitPath = units[i % units.length]!;
      events.push({
        id: `00000000-0000-4000-9000-${String(sequence).padStart(12, '0')}`,
        type: 'MemberJoined',
        schemaVersion: 1,
        data: { memberId: `m-${sequence}`, unitId: unitPath.split('/').pop(), fullName: { ar: 'عضو' }, honorific: null, joinedOn: '2021-06-07' },
        metadata: { actor: 'test', correlationId: 'c', causationId: null, occurredAt: '2021-06-07T12:00:00.000Z', unitPath },
      });
    }
    await store.append(`member-batch-${sequence}`, events, 'noStream');
  }
};
