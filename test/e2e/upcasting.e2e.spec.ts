import type { NewEvent } from '../../src/events/envelope';
import type { OrgUnitEstablishedV1Data } from '../../src/events/org-units.v1';
import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';

/** OrgUnitEstablished exactly as schema version 1 wrote it, before territory codes existed. */
const v1 = (data: OrgUnitEstablishedV1Data): NewEvent => ({
  id: `00000000-0000-4000-8000-${String(data.path.length).padStart(12, '0')}`,
  type: 'OrgUnitEstablished',
  schemaVersion: 1,
  data,
  metadata: { actor: 'recorder@2020', correlationId: 'v1-era', causationId: null, occurredAt: '2019-03-01T11:00:00.000Z', unitPath: data.path },
});

const PAM: OrgUnitEstablishedV1Data = {
  unitId: 'pam',
  parentId: null,
  path: '/pam',
  level: 'NATIONAL',
  kind: 'PARTY',
  parallel: false,
  name: { ar: 'حزب الأصالة والمعاصرة', fr: 'Parti Authenticité et Modernité' },
  shortName: null,
  territory: null,
  establishedOn: '2008-08-08',
};

const REGION: OrgUnitEstablishedV1Data = {
  ...PAM,
  unitId: 'fes-meknes',
  parentId: 'pam',
  path: '/pam/fes-meknes',
  level: 'REGIONAL',
  kind: 'SECRETARIAT',
  name: { ar: 'الأمانة الجهوية لجهة فاس مكناس', fr: 'Secrétariat régional Fès-Meknès' },
  territory: { country: 'MA', region: 'Fès-Meknès' },
  establishedOn: '2019-03-01',
};

const HISTORY = `query History($streamId: String!) { streamHistory(streamId: $streamId) { edges { node { type schemaVersion recordedSchemaVersion data } } } }`;

describeOnEveryStore('events recorded at an older schema version', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
    await app.store.append('orgUnit-pam', [v1(PAM)], 'noStream');
    await app.store.append('orgUnit-fes-meknes', [v1(REGION)], 'noStream');
  });
  afterAll(async () => app.close());

  it('stay in the store as they were written', async () => {
    const [stored] = await app.store.readStream('orgUnit-fes-meknes');
    expect(stored).toMatchObject({ schemaVersion: 1, data: REGION });
  });

  it('are folded by the write side: a province is established under a v1 region, and the v1 region can be renamed', async () => {
    const province = await app.graphql(`mutation {
      establishOrgUnit(input: { unitId: "el-hajeb", parentId: "fes-meknes", level: PROVINCIAL, kind: SECRETARIAT, name: { fr: "El Hajeb" }, territory: { country: "MA", code: "03.171" } }) { id revision }
    }`);
    expect(province.errors).toBeUndefined();
    expect(province.data?.establishOrgUnit).toEqual({ id: 'el-hajeb', revision: 0 });
    const renamed = await app.graphql(`mutation { renameOrgUnit(input: { unitId: "fes-meknes", name: { fr: "Région Fès-Meknès" } }) { revision } }`);
    expect(renamed.data?.renameOrgUnit).toEqual({ revision: 1 });
  });

  it('are read by the projections in the current shape: the unit tree shows the v1 units with an unknown territory code', async () => {
    await app.caughtUp();
    const result = await app.graphql(`{ orgUnit(id: "pam") { children { id name { fr } territory { country region code } children { id territory { code } } } } }`);
    expect(result.data?.orgUnit.children).toEqual([
      {
        id: 'fes-meknes',
        name: { fr: 'Région Fès-Meknès' },
        territory: { country: 'MA', region: 'Fès-Meknès', code: null },
        children: [{ id: 'el-hajeb', territory: { code: '03.171' } }],
      },
    ]);
    const search = await app.graphql(`{ search(text: "Fès-Meknès", unitId: "pam") { edges { node { id kind } } } }`);
    expect(search.data?.search.edges).toEqual([{ node: { id: 'fes-meknes', kind: 'UNIT' } }]);
  });

  it("are shown by streamHistory in today's shape, with the version they were recorded at", async () => {
    const result = await app.graphql(HISTORY, { streamId: 'orgUnit-fes-meknes' });
    const [established, renamed] = result.data!.streamHistory.edges.map((edge: { node: unknown }) => edge.node);
    expect(established).toEqual({
      type: 'OrgUnitEstablished',
      schemaVersion: 2,
      recordedSchemaVersion: 1,
      data: { ...REGION, territory: { country: 'MA', region: 'Fès-Meknès', code: null } },
    });
    expect(renamed).toMatchObject({ type: 'OrgUnitRenamed', schemaVersion: 1, recordedSchemaVersion: 1 });
  });

  it('sit beside events written at the current version, which are shown as written', async () => {
    const result = await app.graphql(HISTORY, { streamId: 'orgUnit-el-hajeb' });
    expect(result.data!.streamHistory.edges[0].node).toMatchObject({ schemaVersion: 2, recordedSchemaVersion: 2, data: { territory: { country: 'MA', code: '03.171' } } });
  });
});
