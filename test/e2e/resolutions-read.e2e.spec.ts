import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const RESOLUTIONS = `query Resolutions($unitId: ID!, $status: ResolutionStatus, $includeRescinded: Boolean, $from: String, $to: String, $first: Int, $after: String, $minPosition: String) {
  resolutions(unitId: $unitId, status: $status, includeRescinded: $includeRescinded, from: $from, to: $to, first: $first, after: $after, minPosition: $minPosition) {
    edges { cursor node { id meetingId unitId unitPath kind status adoptedOn rescinded text { ar en } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const RESOLUTION = `query Resolution($id: ID!, $minPosition: String) {
  resolution(id: $id, minPosition: $minPosition) {
    id status rescinded rescindedOn rescindReason
    history { status on note actor recordedAt }
    meeting { id heldOn unitId }
  }
}`;

const ids = (result: any): string[] => result.data.resolutions.edges.map((edge: any) => edge.node.id);
const bytes = (text: string): string => Buffer.from(text, 'utf8').toString('hex');

describeOnEveryStore('resolutions read model over GraphQL', (kind) => {
  let app: TestApp;
  let meetingId: string;
  let resolutionIds: string[];

  beforeAll(async () => {
    app = await startTestApp(kind, new Date('2021-06-08T09:00:00.000Z'));
    ({ meetingId, resolutionIds } = await recordWorkedExample(app));
    await app.caughtUp();
  });
  afterAll(async () => app.close());

  it("pages through El Hajeb's five adopted resolutions two at a time: three pages, none twice, the last without a next page", async () => {
    const pages: string[][] = [];
    let after: string | null = null;
    let hasNextPage = true;
    while (hasNextPage && pages.length < 5) {
      const result: any = await app.graphql(RESOLUTIONS, { unitId: 'el-hajeb', status: 'ADOPTED', first: 2, after });
      expect(result.errors).toBeUndefined();
      pages.push(ids(result));
      ({ hasNextPage, endCursor: after } = result.data.resolutions.pageInfo);
    }
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(hasNextPage).toBe(false);
    // Same day for all five, so newest first falls back to id, descending.
    expect(pages.flat()).toEqual([...resolutionIds].sort().reverse());
  });

  it('files them under the province, the region and the party in June 2021, and finds none in May 2021', async () => {
    for (const unitId of ['el-hajeb', 'fes-meknes', 'pam']) {
      expect(ids(await app.graphql(RESOLUTIONS, { unitId, from: '2021-06-01', to: '2021-06-30' }))).toHaveLength(5);
      expect(ids(await app.graphql(RESOLUTIONS, { unitId, from: '2021-05-01', to: '2021-05-31' }))).toEqual([]);
    }
  });

  it('keeps the Arabic text byte for byte and links each resolution to the meeting that adopted it', async () => {
    const result = await app.graphql(RESOLUTION, { id: resolutionIds[2] });
    expect(result.data!.resolution.meeting).toEqual({ id: meetingId, heldOn: '2021-06-07', unitId: 'el-hajeb' });
    const listed = (await app.graphql(RESOLUTIONS, { unitId: 'el-hajeb' })).data!.resolutions.edges.find((edge: any) => edge.node.id === resolutionIds[2]);
    expect(bytes(listed.node.text.ar)).toBe(bytes(fixture.resolutions[2]!.text.ar!));
  });

  it('rejects an unknown unit with ORG_UNIT.NOT_FOUND naming unitId', async () => {
    const result = await app.graphql(RESOLUTIONS, { unitId: 'atlantis' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'ORG_UNIT.NOT_FOUND', field: 'unitId' });
  });

  it('rejects a page size over 100 and a cursor it did not give out, naming the argument', async () => {
    expect((await app.graphql(RESOLUTIONS, { unitId: 'pam', first: 101 })).errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION.FAILED', field: 'first' });
    expect((await app.graphql(RESOLUTIONS, { unitId: 'pam', after: 'not-a-cursor' })).errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION.FAILED', field: 'after' });
  });

  it('shows a change to IMPLEMENTED in the status, the status filter and the history', async () => {
    const changed = await app.graphql(
      `mutation { changeResolutionStatus(input: { resolutionId: "${resolutionIds[0]}", status: IMPLEMENTED, changedOn: "2021-06-08", note: "Structures renewed" }) { position } }`,
    );
    expect(changed.errors).toBeUndefined();
    const minPosition = changed.data!.changeResolutionStatus.position;
    const result = await app.graphql(RESOLUTION, { id: resolutionIds[0], minPosition });
    expect(result.data!.resolution).toMatchObject({
      status: 'IMPLEMENTED',
      rescinded: false,
      history: [
        { status: 'ADOPTED', on: '2021-06-07', note: null, actor: 'recorder@el-hajeb', recordedAt: '2021-06-08T09:00:00.000Z' },
        { status: 'IMPLEMENTED', on: '2021-06-08', note: 'Structures renewed', actor: 'recorder@el-hajeb', recordedAt: '2021-06-08T09:00:00.000Z' },
      ],
    });
    expect(ids(await app.graphql(RESOLUTIONS, { unitId: 'fes-meknes', status: 'IMPLEMENTED', minPosition }))).toEqual([resolutionIds[0]]);
    expect(ids(await app.graphql(RESOLUTIONS, { unitId: 'fes-meknes', status: 'ADOPTED', minPosition }))).toHaveLength(4);
  });

  it('leaves a rescinded resolution out of lists unless asked for, and ends its history with RESCINDED', async () => {
    const rescinded = await app.graphql(
      `mutation { rescindResolution(input: { resolutionId: "${resolutionIds[4]}", reason: "Superseded", rescindedOn: "2021-06-08" }) { position } }`,
    );
    expect(rescinded.errors).toBeUndefined();
    const minPosition = rescinded.data!.rescindResolution.position;
    expect(ids(await app.graphql(RESOLUTIONS, { unitId: 'el-hajeb', minPosition }))).not.toContain(resolutionIds[4]);
    expect(ids(await app.graphql(RESOLUTIONS, { unitId: 'el-hajeb', includeRescinded: true, minPosition }))).toContain(resolutionIds[4]);
    const result = await app.graphql(RESOLUTION, { id: resolutionIds[4], minPosition });
    expect(result.data!.resolution).toMatchObject({ status: 'ADOPTED', rescinded: true, rescindedOn: '2021-06-08', rescindReason: 'Superseded' });
    expect(result.data!.resolution.history.map((step: any) => step.status)).toEqual(['ADOPTED', 'RESCINDED']);
  });
});
