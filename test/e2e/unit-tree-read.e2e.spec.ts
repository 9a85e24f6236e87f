import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const UNIT = `query Unit($id: ID!, $minPosition: String) {
  orgUnit(id: $id, minPosition: $minPosition) {
    id path level status name { ar fr en }
    ancestors { id }
    children { id path children { id } }
    officers { position title { en } termStart current member { id fullName { fr } } unit { id } }
    officerHistory { position memberId current relievedOn relievedReason }
  }
}`;

describeOnEveryStore('the unit tree and its officers, read through GraphQL', (kind) => {
  let app: TestApp;
  let minPosition: string | null;
  const unit = async (id: string): Promise<any> => {
    const result = await app.graphql(UNIT, { id, minPosition });
    expect(result.errors).toBeUndefined();
    return result.data!.orgUnit;
  };
  const mutate = async (mutation: string, input: Record<string, unknown>): Promise<string> => {
    const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const result = await app.graphql(`mutation M($input: ${type}!) { ${mutation}(input: $input) { position } }`, { input });
    expect(result.errors).toBeUndefined();
    return result.data![mutation].position;
  };

  beforeAll(async () => {
    app = await startTestApp(kind);
    await recordWorkedExample(app);
    minPosition = await app.store.headPosition();
  });
  afterAll(async () => app.close());

  it('places El Hajeb under Fès-Meknès under the party, ancestors root first', async () => {
    const elHajeb = await unit('el-hajeb');
    expect(elHajeb).toMatchObject({ path: '/pam/fes-meknes/el-hajeb', level: 'PROVINCIAL', status: 'ACTIVE', name: fixture.orgUnits[2]!.name, children: [] });
    expect(elHajeb.ancestors).toEqual([{ id: 'pam' }, { id: 'fes-meknes' }]);
  });

  it('lists the children of the party down the tree, and the party as the only root', async () => {
    expect((await unit('pam')).children).toEqual([{ id: 'fes-meknes', path: '/pam/fes-meknes', children: [{ id: 'el-hajeb' }] }]);
    const roots = await app.graphql(`query R($minPosition: String) { orgUnits(minPosition: $minPosition) { id ancestors { id } } }`, { minPosition });
    expect(roots.data!.orgUnits).toEqual([{ id: 'pam', ancestors: [] }]);
  });

  it("names El Hajeb's provincial secretary-general among its officers", async () => {
    expect((await unit('el-hajeb')).officers).toEqual([
      {
        position: 'SECRETARY_GENERAL',
        title: { en: 'Provincial Secretary-General' },
        termStart: '2020-01-01',
        current: true,
        member: { id: 'bougoula', fullName: { fr: 'Abdelilah Bougoula' } },
        unit: { id: 'el-hajeb' },
      },
    ]);
  });

  it('answers null for a unit nobody established', async () => {
    expect(await unit('nowhere')).toBeNull();
  });

  // The tests below write: they run last so the reads above see the worked example only.
  it('shows the new name once a rename is read with its position', async () => {
    minPosition = await mutate('renameOrgUnit', { unitId: 'el-hajeb', name: { fr: 'Province d’El Hajeb' } });
    expect((await unit('el-hajeb')).name).toEqual({ ar: null, fr: 'Province d’El Hajeb', en: null });
  });

  it('ends the term of a relieved officer and keeps it in the history', async () => {
    minPosition = await mutate('relieveOfficer', { unitId: 'el-hajeb', memberId: 'bougoula', position: 'SECRETARY_GENERAL', relievedOn: '2021-06-08', reason: 'Test' });
    const elHajeb = await unit('el-hajeb');
    expect(elHajeb.officers).toEqual([]);
    expect(elHajeb.officerHistory).toEqual([{ position: 'SECRETARY_GENERAL', memberId: 'bougoula', current: false, relievedOn: '2021-06-08', relievedReason: 'Test' }]);
    expect((await unit('fes-meknes')).officers).toHaveLength(1);
  });
});
