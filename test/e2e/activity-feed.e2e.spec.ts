import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const FEED = `query Feed($unitId: ID!, $includeDescendants: Boolean, $types: [ActivityType!], $first: Int, $after: String, $minPosition: String) {
  activityFeed(unitId: $unitId, includeDescendants: $includeDescendants, types: $types, first: $first, after: $after, minPosition: $minPosition) {
    edges { cursor node { id type unitId unitPath occurredAt recordedAt actor summary { ar en } subjectId streamId position unit { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describeOnEveryStore('the activity feed, read through GraphQL', (kind) => {
  let app: TestApp;
  let minPosition: string | null;
  const feed = async (variables: Record<string, unknown>): Promise<any> => {
    const result = await app.graphql(FEED, { minPosition, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!.activityFeed;
  };
  const nodes = (page: any): any[] => page.edges.map((edge: any) => edge.node);
  const meeting = fixture.meeting.ref;

  beforeAll(async () => {
    app = await startTestApp(kind);
    await recordWorkedExample(app);
    minPosition = await app.store.headPosition();
  });
  afterAll(async () => app.close());

  it('shows El Hajeb newest first: the five resolutions, then the meeting', async () => {
    const page = await feed({ unitId: 'el-hajeb', first: 6 });
    expect(nodes(page).map((node) => [node.type, node.subjectId])).toEqual([
      ...['r5', 'r4', 'r3', 'r2', 'r1'].map((ref) => ['RESOLUTION_ADOPTED', `${meeting}-${ref}`]),
      ['MEETING_HELD', meeting],
    ]);
    expect(nodes(page)[5]).toMatchObject({
      unitId: 'el-hajeb',
      unitPath: '/pam/fes-meknes/el-hajeb',
      actor: 'recorder@el-hajeb',
      streamId: `meeting-${meeting}`,
      summary: { ar: fixture.meeting.title.ar, en: fixture.meeting.title.en },
      unit: { id: 'el-hajeb' },
    });
    expect(nodes(page)[5].occurredAt.slice(0, 10)).toBe('2021-06-07');
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('pages on with after: the officer, the member and the unit, then nothing more', async () => {
    const first = await feed({ unitId: 'el-hajeb', first: 6 });
    const rest = await feed({ unitId: 'el-hajeb', first: 6, after: first.pageInfo.endCursor });
    expect(nodes(rest).map((node) => node.type)).toEqual(['OFFICER_APPOINTED', 'MEMBER_JOINED', 'UNIT_ESTABLISHED']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const positions = [...nodes(first), ...nodes(rest)].map((node) => BigInt(node.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a > b ? -1 : 1)));
  });

  it('finds the one meeting of Fès-Meknès and its provinces when filtered to MEETING_HELD', async () => {
    const page = await feed({ unitId: 'fes-meknes', types: ['MEETING_HELD'] });
    expect(nodes(page).map((node) => node.subjectId)).toEqual([meeting]);
  });

  it("keeps to the unit's own entries without descendants, and covers the whole party with them", async () => {
    expect(nodes(await feed({ unitId: 'fes-meknes', includeDescendants: false })).map((node) => node.type)).toEqual([
      'OFFICER_APPOINTED',
      'MEMBER_JOINED',
      'UNIT_ESTABLISHED',
    ]);
    expect(nodes(await feed({ unitId: 'pam', first: 100 }))).toHaveLength(15);
  });

  it('answers an empty page for an unknown unit', async () => {
    expect(await feed({ unitId: 'nowhere' })).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
