import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { recordWorkedExample } from '../support/worked-example';

const MEMBERS = `query Members($unitId: ID!, $includeDescendants: Boolean, $status: MemberStatus, $first: Int, $after: String, $minPosition: String) {
  members(unitId: $unitId, includeDescendants: $includeDescendants, status: $status, first: $first, after: $after, minPosition: $minPosition) {
    edges { cursor node { id unitId unitPath status fullName { ar fr } unit { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describeOnEveryStore('members, read through GraphQL', (kind) => {
  let app: TestApp;
  let minPosition: string | null;
  const members = async (variables: Record<string, unknown>): Promise<any> => {
    const result = await app.graphql(MEMBERS, { minPosition, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!.members;
  };
  const ids = (page: any): string[] => page.edges.map((edge: any) => edge.node.id);

  beforeAll(async () => {
    app = await startTestApp(kind);
    await recordWorkedExample(app);
    minPosition = await app.store.headPosition();
  });
  afterAll(async () => app.close());

  it("pages through Fès-Meknès and its provinces: the region's own member first, then El Hajeb's", async () => {
    const first = await members({ unitId: 'fes-meknes', first: 1 });
    expect(ids(first)).toEqual(['hjira']);
    expect(first.edges[0].node).toMatchObject({ unitId: 'fes-meknes', unitPath: '/pam/fes-meknes', status: 'ACTIVE', fullName: { fr: 'Mohamed El Hjira' }, unit: { id: 'fes-meknes' } });
    expect(first.pageInfo.hasNextPage).toBe(true);

    const second = await members({ unitId: 'fes-meknes', first: 1, after: first.pageInfo.endCursor });
    expect(ids(second)).toEqual(['bougoula']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('lists the whole party, and only the unit itself without descendants', async () => {
    expect(ids(await members({ unitId: 'pam' }))).toEqual(['ouahbi', 'hjira', 'bougoula']);
    expect(ids(await members({ unitId: 'fes-meknes', includeDescendants: false }))).toEqual(['hjira']);
  });

  it('reads one member by id, and null for an unknown id', async () => {
    const result = await app.graphql(`query M($minPosition: String) { member(id: "bougoula", minPosition: $minPosition) { unitPath honorific { en } transfers { toUnitId } } nobody: member(id: "nobody") { id } }`, { minPosition });
    expect(result.data).toEqual({ member: { unitPath: '/pam/fes-meknes/el-hajeb', honorific: { en: 'Mr.' }, transfers: [] }, nobody: null });
  });

  it('rejects a page size above 100 and a cursor it did not give out, naming the argument', async () => {
    const tooMany = await app.graphql(MEMBERS, { unitId: 'pam', first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION.FAILED', field: 'first' });
    const forged = await app.graphql(MEMBERS, { unitId: 'pam', after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION.FAILED', field: 'after' });
  });

  // Writes: runs last so the lists above see the worked example only.
  it('keeps a member who left, found by the LEFT status filter', async () => {
    const left = await app.graphql(`mutation { recordMemberLeaving(input: { memberId: "hjira", reason: RESIGNED, leftOn: "2021-06-08" }) { position } }`);
    minPosition = left.data!.recordMemberLeaving.position;
    expect(ids(await members({ unitId: 'pam', status: 'LEFT' }))).toEqual(['hjira']);
    expect(ids(await members({ unitId: 'pam', status: 'ACTIVE' }))).toEqual(['ouahbi', 'bougoula']);
  });
});
