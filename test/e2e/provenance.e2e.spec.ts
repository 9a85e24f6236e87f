import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const MEETING = fixture.meeting.ref;

const EVIDENCE = `query Evidence($unitId: ID!, $from: String!, $to: String!, $figure: ActivityFigure!, $first: Int, $after: String) {
  orgUnit(id: $unitId) {
    activity(from: $from, to: $to) {
      meetingsHeld resolutionsAdopted
      evidence(figure: $figure, first: $first, after: $after) {
        edges { cursor node { id type streamId revision position data metadata { actor recordedAt unitPath } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

type Node = { id: string; type: string; streamId: string; revision: number; data: any; metadata: { unitPath: string } };

const evidence = async (app: TestApp, variables: Record<string, unknown>): Promise<{ count: Record<string, number>; nodes: Node[]; pageInfo: any }> => {
  const result = await app.graphql(EVIDENCE, variables);
  expect(result.errors).toBeUndefined();
  const { evidence: page, ...count } = result.data!.orgUnit.activity;
  return { count, nodes: page.edges.map((edge: any) => edge.node), pageInfo: page.pageInfo };
};

const streamHistory = async (app: TestApp, streamId: string): Promise<Node[]> =>
  (await app.graphql(`{ streamHistory(streamId: "${streamId}") { edges { node { id type } } } }`)).data!.streamHistory.edges.map((edge: any) => edge.node);

const JUNE = { from: '2021-06-01', to: '2021-06-30' };

describeOnEveryStore('provenance: the events behind each figure', (kind) => {
  let app: TestApp;
  let recorded: Awaited<ReturnType<typeof recordWorkedExample>>;

  beforeAll(async () => {
    app = await startTestApp(kind, new Date('2021-06-08T09:00:00.000Z'));
    recorded = await recordWorkedExample(app);
    await app.caughtUp();
  });
  afterAll(async () => app.close());

  it("traces Fès-Meknès's one meeting in June 2021 to exactly the El Hajeb MeetingHeld event", async () => {
    const { count, nodes, pageInfo } = await evidence(app, { unitId: 'fes-meknes', ...JUNE, figure: 'meetingsHeld' });
    const [held] = await streamHistory(app, `meeting-${MEETING}`);
    expect(count.meetingsHeld).toBe(1);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ id: held!.id, type: 'MeetingHeld', streamId: `meeting-${MEETING}`, revision: 0, metadata: { unitPath: '/pam/fes-meknes/el-hajeb' } });
    expect(nodes[0]!.data).toMatchObject({ meetingId: MEETING, unitId: 'el-hajeb', heldOn: '2021-06-07' });
    expect(pageInfo.hasNextPage).toBe(false);
  });

  it('traces the five resolutions to their five ResolutionAdopted events, page by page', async () => {
    const first = await evidence(app, { unitId: 'pam', ...JUNE, figure: 'resolutionsAdopted', first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await evidence(app, { unitId: 'pam', ...JUNE, figure: 'resolutionsAdopted', first: 3, after: first.pageInfo.endCursor });
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const nodes = [...first.nodes, ...rest.nodes];
    expect(nodes.map((node) => node.type)).toEqual(Array(5).fill('ResolutionAdopted'));
    expect(nodes.map((node) => node.streamId).sort()).toEqual(recorded.resolutionIds.map((id) => `resolution-${id}`).sort());
  });

  it('finds nothing behind the empty figures of May, nor behind a unit alone that held nothing', async () => {
    expect((await evidence(app, { unitId: 'pam', from: '2021-05-01', to: '2021-05-31', figure: 'meetingsHeld' })).nodes).toEqual([]);
    const result = await app.graphql(`{ orgUnit(id: "fes-meknes") { activity(from: "2021-06-01", to: "2021-06-30", includeDescendants: false) { meetingsHeld evidence(figure: meetingsHeld) { edges { node { id } } } } } }`);
    expect(result.data!.orgUnit.activity).toEqual({ meetingsHeld: 0, evidence: { edges: [] } });
  });

  it('gives the same evidence from a monthly series bucket and from the region-by-province table', async () => {
    const result = await app.graphql(`{
      orgUnit(id: "fes-meknes") { activitySeries(from: "2021-05-01", to: "2021-06-30", granularity: MONTH) { label meetingsHeld evidence(figure: meetingsHeld) { edges { node { type streamId } } } } }
      activityByChild(unitId: "fes-meknes", from: "2021-06-01", to: "2021-06-30") { id activity { evidence(figure: attendanceUnknownGroups) { edges { node { type streamId } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const held = { type: 'MeetingHeld', streamId: `meeting-${MEETING}` };
    expect(result.data!.orgUnit.activitySeries).toEqual([
      { label: '2021-05', meetingsHeld: 0, evidence: { edges: [] } },
      { label: '2021-06', meetingsHeld: 1, evidence: { edges: [{ node: held }] } },
    ]);
    expect(result.data!.activityByChild).toEqual([{ id: 'el-hajeb', activity: { evidence: { edges: [{ node: held }] } } }]);
  });

  describe('after a correction moves the meeting to another month', () => {
    beforeAll(async () => {
      app.clock.set(new Date('2021-07-08T09:00:00.000Z'));
      const moved = await app.graphql(`mutation { correctMeetingRecord(input: { meetingId: "${MEETING}", reason: "Tenue le 1er juillet", heldOn: "2021-07-01" }) { position } }`);
      expect(moved.errors).toBeUndefined();
      await app.caughtUp();
    });

    it('leaves nothing behind the old month and cites the original and the correction in the new one', async () => {
      const june = await evidence(app, { unitId: 'fes-meknes', ...JUNE, figure: 'meetingsHeld' });
      expect(june.count.meetingsHeld).toBe(0);
      expect(june.nodes).toEqual([]);
      const july = await evidence(app, { unitId: 'fes-meknes', from: '2021-07-01', to: '2021-07-31', figure: 'meetingsHeld' });
      expect(july.count.meetingsHeld).toBe(1);
      expect(july.nodes.map((node) => [node.type, node.revision])).toEqual(
        expect.arrayContaining([
          ['MeetingHeld', 0],
          ['MeetingRecordCorrected', 1],
        ]),
      );
      expect(july.nodes).toHaveLength(2);
    });

    it('moves the evidence of the resolutions with their meeting, citing the correction once', async () => {
      const july = await evidence(app, { unitId: 'el-hajeb', from: '2021-07-01', to: '2021-07-31', figure: 'resolutionsAdopted' });
      expect(july.count.resolutionsAdopted).toBe(5);
      expect(july.nodes.map((node) => node.type).sort()).toEqual(['MeetingRecordCorrected', ...Array(5).fill('ResolutionAdopted')]);
      expect((await evidence(app, { unitId: 'el-hajeb', ...JUNE, figure: 'resolutionsAdopted' })).nodes).toEqual([]);
    });
  });
});
