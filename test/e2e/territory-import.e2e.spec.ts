import { CommandBus } from '@nestjs/cqrs';
import { TerritoryImporter, type ImportOptions } from '../../src/modules/territory/import-territory/territory-importer';
import { moroccoPlan, type PlannedUnit } from '../../src/modules/territory/import-territory/territory-plan';
import { loadMoroccoReference } from '../../src/modules/territory/reference/morocco.reference';
import { describeOnEveryStore } from '../support/postgres';
import { type GraphqlResponse, startTestApp, type TestApp } from '../support/test-app';

const OPTIONS: ImportOptions = { kind: 'SECRETARIAT', establishedOn: '2021-01-01', actor: 'cli:test' };
const reference = loadMoroccoReference();
const plan = (depth: 'province' | 'commune', rootId = 'pam'): PlannedUnit[] => moroccoPlan(reference, { rootId, depth });

const establishRoot = async (app: TestApp, unitId: string): Promise<void> => {
  const result = await app.graphql(`mutation { establishOrgUnit(input: { unitId: "${unitId}", level: NATIONAL, kind: PARTY, name: { ar: "حزب الأصالة والمعاصرة", fr: "Parti Authenticité et Modernité" } }) { id } }`);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
};

/**
 * The import keeps the event loop busy for seconds, long enough for the server to
 * drop the client's idle keep-alive socket just as the next request reuses it;
 * such a request never reached the service and is simply sent again.
 */
const graphql = async (app: TestApp, query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse> => {
  try {
    return await app.graphql(query, variables);
  } catch {
    return app.graphql(query, variables);
  }
};

const TREE = `query Tree($id: ID!) { orgUnit(id: $id) { children { id level children { id level children { id level } } } } }`;

describeOnEveryStore("importing Morocco's territorial divisions", (kind) => {
  let app: TestApp;
  let importer: TerritoryImporter;
  beforeAll(async () => {
    app = await startTestApp(kind);
    importer = new TerritoryImporter(app.app.get(CommandBus), app.store);
    await establishRoot(app, 'pam');
  });
  afterAll(async () => app.close());

  it('establishes 12 regional, 75 provincial and 1,503 local units under a fresh national unit, and a second run none', async () => {
    const first = await importer.run('pam', plan('commune'), { ...OPTIONS, concurrency: 16 });
    expect(first.levels).toEqual({
      REGIONAL: { planned: 12, created: 12, existing: 0 },
      PROVINCIAL: { planned: 75, created: 75, existing: 0 },
      LOCAL: { planned: 1503, created: 1503, existing: 0 },
    });
    const head = await app.store.headPosition();
    const second = await importer.run('pam', plan('commune'), { ...OPTIONS, concurrency: 16 });
    expect(second.levels).toEqual({
      REGIONAL: { planned: 12, created: 0, existing: 12 },
      PROVINCIAL: { planned: 75, created: 0, existing: 75 },
      LOCAL: { planned: 1503, created: 0, existing: 1503 },
    });
    expect(await app.store.headPosition()).toBe(head);
  }, 120_000);

  it('shows the imported tree in the read model, every local unit under its province', async () => {
    await app.caughtUp();
    const tree = (await graphql(app, TREE, { id: 'pam' })).data!.orgUnit;
    const provinces = tree.children.flatMap((region: { children: unknown[] }) => region.children);
    const communes = provinces.flatMap((province: { children: unknown[] }) => province.children);
    expect([tree.children.length, provinces.length, communes.length]).toEqual([12, 75, 1503]);
    expect(new Set([...tree.children, ...provinces, ...communes].map((unit: { level: string }) => unit.level))).toEqual(new Set(['REGIONAL', 'PROVINCIAL', 'LOCAL']));
  }, 60_000);

  it('finds units by their HCP code, with Arabic and French names and the code as territory code', async () => {
    const result = await graphql(app, `{
      province: orgUnits(territoryCode: "03.171") { id parentId path level name { ar fr } territory { country region province code } }
      city: orgUnits(territoryCode: "03.171.01.05") { id path level name { ar fr } territory { commune code } }
      none: orgUnits(territoryCode: "99.999") { id }
    }`);
    expect(result.data).toEqual({
      province: [
        {
          id: 'el-hajeb',
          parentId: 'fes-meknes',
          path: '/pam/fes-meknes/el-hajeb',
          level: 'PROVINCIAL',
          name: { ar: 'الحاجب', fr: 'El Hajeb' },
          territory: { country: 'MA', region: 'Fès-Meknès', province: 'El Hajeb', code: '03.171' },
        },
      ],
      city: [{ id: 'el-hajeb-commune', path: '/pam/fes-meknes/el-hajeb/el-hajeb-commune', level: 'LOCAL', name: { ar: 'الحاجب', fr: 'El Hajeb' }, territory: { commune: 'El Hajeb', code: '03.171.01.05' } }],
      none: [],
    });
  });

  it('hangs Casablanca\'s commune under the prefecture of Casablanca: its prefectures of arrondissements are no level', async () => {
    const result = await app.graphql(`{ orgUnit(id: "casablanca") { level children { id } } }`);
    expect(result.data!.orgUnit).toEqual({ level: 'PROVINCIAL', children: [{ id: 'casablanca-commune' }, { id: 'mechouar-de-casablanca' }] });
  });

  it('finds the region written "فاس-مكناس" when searched as "فاس مكناس"', async () => {
    const result = await app.graphql(`{ search(text: "فاس مكناس", unitId: "pam", kinds: [UNIT], first: 3) { edges { node { id } } } }`);
    expect(result.data!.search.edges[0].node.id).toBe('fes-meknes');
  });
});

describeOnEveryStore('an interrupted territory import', (kind) => {
  let app: TestApp;
  let importer: TerritoryImporter;
  beforeAll(async () => {
    app = await startTestApp(kind);
    importer = new TerritoryImporter(app.app.get(CommandBus), app.store);
    await establishRoot(app, 'ym');
  });
  afterAll(async () => app.close());

  it('stops when told, and the same import run again finishes the rest without writing anything twice', async () => {
    const stop = new AbortController();
    const units = plan('province', 'ym');
    const first = await importer.run('ym', units, { ...OPTIONS, concurrency: 4, signal: stop.signal, onProgress: (done) => done >= 30 && stop.abort() });
    expect(first.interrupted).toBe(true);
    const written = first.levels.REGIONAL.created + first.levels.PROVINCIAL.created;
    expect(written).toBeGreaterThanOrEqual(30);
    expect(written).toBeLessThan(87);

    const second = await importer.run('ym', units, OPTIONS);
    expect(second.interrupted).toBe(false);
    expect(second.levels.REGIONAL.created + second.levels.PROVINCIAL.created).toBe(87 - written);
    // The units only: the test caller's grant and key are in the log too.
    expect((await app.store.readAll({ after: null, limit: 1000, filter: { categories: ['orgUnit'] } })).events).toHaveLength(1 + 87);
  }, 60_000);

  it('refuses a root that does not exist or is not a national unit, naming it, and writes nothing', async () => {
    const head = await app.store.headPosition();
    await expect(importer.run('nowhere', plan('province', 'nowhere'), OPTIONS)).rejects.toMatchObject({ code: 'ORG_UNIT.NOT_FOUND', field: 'root' });
    await expect(importer.run('fes-meknes', plan('province', 'fes-meknes'), OPTIONS)).rejects.toMatchObject({ code: 'ORG_UNIT.LEVEL_MISMATCH', field: 'root' });
    expect(await app.store.headPosition()).toBe(head);
  });

  it('stops at a unit id already taken elsewhere in the tree, naming it', async () => {
    await establishRoot(app, 'other');
    await expect(importer.run('other', plan('province', 'other'), OPTIONS)).rejects.toMatchObject({ code: 'ORG_UNIT.ALREADY_EXISTS', field: 'unitId' });
    const prefixed = await importer.run('other', moroccoPlan(reference, { rootId: 'other', depth: 'region', idPrefix: 'other-' }), OPTIONS);
    expect(prefixed.levels.REGIONAL.created).toBe(12);
  });
});
