import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent } from '../../events/envelope';
import { CURRENT_SCHEMA_VERSIONS } from '../../events/registry';
import { FixedClock } from '../../infrastructure/clock/clock';
import { openReadDatabase, type ReadDatabase } from '../../infrastructure/database/read-database';
import { PersonalData } from '../../infrastructure/privacy/personal-data';
import { PersonalDataVault } from '../../infrastructure/privacy/personal-data-vault';
import { SqliteEventStore } from '../../infrastructure/event-store/sqlite/sqlite-event-store';
import { elHajeb, established, fesMeknes } from '../../modules/org-units/org-units.fixtures';
import { Generations } from '../runner/generations';
import type { OrgUnitEstablished } from '../../events/org-units.events';
import { UnitTreeQueries } from '../unit-tree/unit-tree.queries';
import type { PointInTime } from './point-in-time';
import { TimeTravel } from './time-travel.service';

const unitEvent = (event: OrgUnitEstablished, n: number): NewEvent => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type: event.type,
  schemaVersion: CURRENT_SCHEMA_VERSIONS[event.type],
  data: event.data,
  metadata: { actor: 'recorder', correlationId: `c-${n}`, causationId: null, occurredAt: '2021-06-01T12:00:00.000Z', unitPath: event.data.path },
});

const unitIdsAt = async (point: PointInTime | null): Promise<string[]> =>
  point ? (await new UnitTreeQueries(point.readModels).childrenOf([null, 'pam', 'fes-meknes'])).flat().map((unit) => unit.id) : [];

// The folder of a built point: its read models live in `<folder>/read-models.db`.
const folderOf = (point: PointInTime): string => (point as unknown as { path: string }).path;

describe('time travel: read models replayed into a temporary database', () => {
  let folder: string;
  let store: SqliteEventStore;
  let travel: TimeTravel;
  let readDb: ReadDatabase;
  const positions: string[] = [];
  const clock = new FixedClock(new Date('2021-06-01T10:00:00.000Z'));

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'sijill-time-travel-spec-'));
    store = new SqliteEventStore({ path: join(folder, 'events.db'), clock: () => clock.now() });
    positions.length = 0;
    const units = [established(), fesMeknes(), elHajeb()];
    for (const [index, unit] of units.entries()) {
      clock.set(new Date(Date.UTC(2021, 5, 1 + index * 10, 10)));
      positions.push((await store.append(`orgUnit-${unit.data.unitId}`, [unitEvent(unit, index + 1)], 'noStream')).position);
    }
    readDb = await openReadDatabase({ kind: 'sqlite', path: join(folder, 'events.db') });
    travel = new TimeTravel(store, new PersonalData(await PersonalDataVault.open(readDb, Buffer.alloc(32, 1))));
  });

  afterEach(async () => {
    await travel.beforeApplicationShutdown();
    await readDb.close();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('folds every read model up to the asked position and no further', async () => {
    const point = await travel.at({ position: positions[1] });
    expect(await unitIdsAt(point)).toEqual(['pam', 'fes-meknes']);
    const generations = await new Generations(point!.readModels.db).list();
    expect(generations.length).toBeGreaterThanOrEqual(7);
    expect(new Set(generations.map((generation) => generation.position))).toEqual(new Set([positions[1]]));
  });

  it('takes a recorded time to the last event recorded at or before it, and nothing before the first', async () => {
    expect(await unitIdsAt(await travel.at({ recordedAt: '2021-06-11T10:00:00Z' }))).toEqual(['pam', 'fes-meknes']);
    expect(await unitIdsAt(await travel.at({ recordedAt: '2021-06-20T23:59:59+01:00' }))).toEqual(['pam', 'fes-meknes']);
    expect(await unitIdsAt(await travel.at({ recordedAt: '2030-01-01T00:00:00Z' }))).toEqual(['pam', 'fes-meknes', 'el-hajeb']);
    expect(await travel.at({ recordedAt: '2021-05-31T23:59:59Z' })).toBeNull();
  });

  it('builds one temporary database for concurrent asks of the same point, outside the live one', async () => {
    const [first, second] = await Promise.all([travel.at({ position: positions[0] }), travel.at({ recordedAt: '2021-06-01T10:00:00Z' })]);
    expect(second).toBe(first);
    expect(folderOf(first!).startsWith(tmpdir())).toBe(true);
    expect(existsSync(join(folderOf(first!), 'read-models.db'))).toBe(true);
    expect(travel.keptPositions()).toEqual([positions[0]]);
  });

  it('deletes an evicted point once nobody reads it, and every point on shutdown', async () => {
    travel.keepAtMost(1, 50);
    const old = (await travel.at({ position: positions[0] }))!;
    const recent = (await travel.at({ position: positions[2] }))!;
    expect(travel.keptPositions()).toEqual([positions[2]]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(folderOf(old))).toBe(false);
    expect(existsSync(folderOf(recent))).toBe(true);
    await travel.beforeApplicationShutdown();
    expect(existsSync(folderOf(recent))).toBe(false);
  });

  it('refuses a point given both ways or neither, and a position past the head, naming the field', async () => {
    await expect(travel.at({ position: positions[0], recordedAt: '2021-06-01T10:00:00Z' })).rejects.toMatchObject({ code: 'VALIDATION.FAILED', field: 'asOf' });
    await expect(travel.at({})).rejects.toMatchObject({ code: 'VALIDATION.FAILED', field: 'asOf' });
    await expect(travel.at({ position: '999' })).rejects.toMatchObject({ code: 'VALIDATION.FAILED', field: 'asOf.position' });
    await expect(travel.at({ position: 'yesterday' })).rejects.toMatchObject({ code: 'VALIDATION.FAILED', field: 'asOf.position' });
    await expect(travel.at({ recordedAt: 'June' })).rejects.toMatchObject({ code: 'VALIDATION.FAILED', field: 'asOf.recordedAt' });
  });
});
