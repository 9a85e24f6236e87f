import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';

const ESTABLISH = `mutation Establish($input: EstablishOrgUnitInput!, $expectedRevision: Int, $commandId: ID) {
  establishOrgUnit(input: $input, expectedRevision: $expectedRevision, commandId: $commandId) { id streamId revision position replayed }
}`;
const RENAME = `mutation Rename($input: RenameOrgUnitInput!, $expectedRevision: Int, $commandId: ID) {
  renameOrgUnit(input: $input, expectedRevision: $expectedRevision, commandId: $commandId) { id revision position replayed }
}`;

const pam = { unitId: 'pam', level: 'NATIONAL', kind: 'PARTY', name: { ar: 'حزب الأصالة والمعاصرة', fr: 'Parti Authenticité et Modernité' } };
const region = { unitId: 'fes-meknes', parentId: 'pam', level: 'REGIONAL', kind: 'SECRETARIAT', name: { ar: 'الأمانة الجهوية لجهة فاس مكناس' } };

describeOnEveryStore('org units over GraphQL', (kind) => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp(kind);
  });
  afterEach(async () => app.close());

  const head = async (): Promise<string | null> => app.store.headPosition();

  it('establishes units and reads them back as a tree', async () => {
    await app.graphql(ESTABLISH, { input: pam });
    const result = await app.graphql(ESTABLISH, { input: region });
    expect(result.data?.establishOrgUnit).toMatchObject({ id: 'fes-meknes', streamId: 'orgUnit-fes-meknes', revision: 0, replayed: false });

    const read = await app.graphql(
      `query Read($minPosition: String) { orgUnit(id: "pam", minPosition: $minPosition) { path level children { id path level name { ar } } } orgUnits(minPosition: $minPosition) { id } }`,
      { minPosition: result.data?.establishOrgUnit.position },
    );
    expect(read.data).toEqual({
      orgUnit: { path: '/pam', level: 'NATIONAL', children: [{ id: 'fes-meknes', path: '/pam/fes-meknes', level: 'REGIONAL', name: { ar: 'الأمانة الجهوية لجهة فاس مكناس' } }] },
      orgUnits: [{ id: 'pam' }],
    });
  });

  it.each([
    ['ORG_UNIT.PARENT_NOT_FOUND', 'parentId', { ...region, parentId: 'nowhere' }],
    ['ORG_UNIT.LEVEL_MISMATCH', 'level', { ...region, level: 'LOCAL' }],
    ['VALIDATION.FAILED', 'name', { ...region, name: { ar: '   ' } }],
    ['VALIDATION.FAILED', 'unitId', { ...region, unitId: 'Fès Meknès' }],
  ])('answers %s naming %s and writes nothing', async (code, field, input) => {
    await app.graphql(ESTABLISH, { input: pam });
    const before = await head();
    const result = await app.graphql(ESTABLISH, { input });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(await head()).toBe(before);
  });

  it('answers ORG_UNIT.PARENT_DISSOLVED under a dissolved parent', async () => {
    await app.graphql(ESTABLISH, { input: pam });
    await app.graphql(`mutation { dissolveOrgUnit(input: { unitId: "pam", reason: "test" }) { revision } }`);
    const result = await app.graphql(ESTABLISH, { input: region });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'ORG_UNIT.PARENT_DISSOLVED', field: 'parentId' });
  });

  it('returns the first result for a replayed commandId and writes nothing new', async () => {
    const first = await app.graphql(ESTABLISH, { input: pam, commandId: 'cmd-establish-pam' });
    const before = await head();
    const again = await app.graphql(ESTABLISH, { input: pam, commandId: 'cmd-establish-pam' });
    expect(again.errors).toBeUndefined();
    expect(again.data?.establishOrgUnit).toEqual({ ...first.data?.establishOrgUnit, replayed: true });
    expect(await head()).toBe(before);
    const history = await app.graphql(`{ streamHistory(streamId: "orgUnit-pam") { edges { node { id } } } }`);
    expect(history.data?.streamHistory.edges).toHaveLength(1);
  });

  it('answers CONCURRENCY.CONFLICT for a stale expectedRevision, naming expected and actual', async () => {
    await app.graphql(ESTABLISH, { input: pam });
    await app.graphql(RENAME, { input: { unitId: 'pam', name: { ar: 'البام' } }, expectedRevision: 0 });
    const before = await head();
    const stale = await app.graphql(RENAME, { input: { unitId: 'pam', name: { fr: 'PAM' } }, expectedRevision: 0 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONCURRENCY.CONFLICT',
      field: 'expectedRevision',
      details: { streamId: 'orgUnit-pam', expected: 0, actual: 1 },
    });
    expect(await head()).toBe(before);
  });

  it('takes the actor from the authenticated principal and fills every metadata field', async () => {
    const secretariat = await app.credentialFor('secretariat@pam', [{ role: 'RECORDER', unitId: null }]);
    await app.graphql(ESTABLISH, { input: pam, commandId: 'c-1' }, { authorization: secretariat, 'x-correlation-id': 'corr-42' });
    const history = await app.graphql(`{ streamHistory(streamId: "orgUnit-pam") { edges { node { metadata { actor correlationId causationId occurredAt recordedAt unitPath } } } } }`);
    expect(history.data?.streamHistory.edges[0].node.metadata).toEqual({
      actor: 'secretariat@pam',
      correlationId: 'corr-42',
      causationId: 'c-1',
      occurredAt: '2021-06-08T11:00:00.000Z',
      recordedAt: '2021-06-08T09:00:00.000Z',
      unitPath: '/pam',
    });
  });
});
