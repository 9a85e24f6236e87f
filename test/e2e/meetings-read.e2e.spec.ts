import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const MEETINGS = `query Meetings($unitId: ID!, $includeDescendants: Boolean, $from: String, $to: String, $first: Int, $after: String) {
  meetings(unitId: $unitId, includeDescendants: $includeDescendants, from: $from, to: $to, first: $first, after: $after) {
    edges { cursor node {
      id unitId unitPath kind title { ar en } heldOn startsAt partOfDay timeZone
      venue { name { ar en } locality { ar fr } }
      chairs { kind memberId }
      attendees { kind memberId name { ar } role label { ar en } count }
      agenda { en } summary { ar } summaryLanguage recordedAt recordedBy
      corrections { reason changedFields actor recordedAt position }
      resolutions { id kind status text { ar en } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const bytes = (text: string): string => Buffer.from(text, 'utf8').toString('hex');

const mutate = async (app: TestApp, mutation: string, input: Record<string, unknown>): Promise<{ id: string; position: string }> => {
  const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const result = await app.graphql(`mutation Do($input: ${type}!) { ${mutation}(input: $input) { id position } }`, { input });
  if (result.errors) throw new Error(`${mutation} failed: ${JSON.stringify(result.errors)}`);
  return result.data![mutation];
};

/** Counts the SELECTs the read side sends; the runner's own checkpoint reads go through another Kysely instance. */
class SelectCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (args.node.kind === 'SelectQueryNode') this.count += 1;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/**
 * ReadModels reads `readDb.db` on every query, so swapping in the same database with
 * a counting plugin counts the queries of every GraphQL request from here on.
 */
const countReadQueries = (app: TestApp): SelectCounter => {
  const counter = new SelectCounter();
  const readDb = app.readDb as { db: Kysely<any> };
  readDb.db = readDb.db.withPlugin(counter);
  return counter;
};

describeOnEveryStore('meetings read model over GraphQL', (kind) => {
  let app: TestApp;
  let meetingId: string;

  beforeAll(async () => {
    app = await startTestApp(kind, new Date('2021-06-08T09:00:00.000Z'));
    ({ meetingId } = await recordWorkedExample(app));
    await app.caughtUp();
  });
  afterAll(async () => app.close());

  it('lists the El Hajeb meeting under Fès-Meknès with its agenda, chairs, Arabic summary and five resolutions', async () => {
    const result = await app.graphql(MEETINGS, { unitId: 'fes-meknes' });
    expect(result.errors).toBeUndefined();
    const { edges, pageInfo } = result.data!.meetings;
    expect(edges).toHaveLength(1);
    expect(pageInfo.hasNextPage).toBe(false);
    const meeting = edges[0].node;
    expect(meeting).toMatchObject({
      id: meetingId,
      unitId: 'el-hajeb',
      unitPath: '/pam/fes-meknes/el-hajeb',
      kind: 'ORGANIZATIONAL',
      heldOn: '2021-06-07',
      partOfDay: 'EVENING',
      timeZone: 'Africa/Casablanca',
      summaryLanguage: 'ar',
      recordedBy: 'recorder@el-hajeb',
      recordedAt: '2021-06-08T09:00:00.000Z',
      corrections: [],
    });
    expect(meeting.agenda).toEqual(fixture.meeting.agenda);
    expect(meeting.chairs).toEqual([
      { kind: 'MEMBER', memberId: 'hjira' },
      { kind: 'MEMBER', memberId: 'bougoula' },
    ]);
    expect(bytes(meeting.summary.ar)).toBe(bytes(fixture.meeting.summary.ar));
    expect(bytes(meeting.title.ar)).toBe(bytes(fixture.meeting.title.ar));
    expect(meeting.resolutions.map((resolution: { id: string }) => resolution.id)).toEqual(fixture.resolutions.map((r) => `${fixture.meeting.ref}-${r.ref}`));
    expect(bytes(meeting.resolutions[2].text.ar)).toBe(bytes(fixture.resolutions[2]!.text.ar!));
  });

  it('tells named attendees from counted groups whose count the record does not give', async () => {
    const [edge] = (await app.graphql(MEETINGS, { unitId: 'el-hajeb' })).data!.meetings.edges;
    expect(edge.node.attendees).toEqual([
      { kind: 'MEMBER', memberId: 'hjira', name: null, role: 'Regional Secretary-General', label: null, count: null },
      { kind: 'MEMBER', memberId: 'bougoula', name: null, role: 'Provincial Secretary-General', label: null, count: null },
      { kind: 'GROUP', memberId: null, name: null, role: null, label: fixture.meeting.attendees[2]!.group, count: null },
      { kind: 'GROUP', memberId: null, name: null, role: null, label: fixture.meeting.attendees[3]!.group, count: null },
    ]);
  });

  it('finds the meeting for the whole party in June 2021, and nothing in May 2021', async () => {
    const june = await app.graphql(MEETINGS, { unitId: 'pam', from: '2021-06-01', to: '2021-06-30' });
    const may = await app.graphql(MEETINGS, { unitId: 'pam', from: '2021-05-01', to: '2021-05-31' });
    expect(june.data!.meetings.edges.map((edge: any) => edge.node.id)).toEqual([meetingId]);
    expect(may.data!.meetings.edges).toEqual([]);
  });

  it("leaves out the province's meeting when Fès-Meknès is asked for without its descendants", async () => {
    const result = await app.graphql(MEETINGS, { unitId: 'fes-meknes', includeDescendants: false });
    expect(result.data!.meetings.edges).toEqual([]);
  });

  it('rejects an unknown unit with ORG_UNIT.NOT_FOUND naming unitId', async () => {
    const result = await app.graphql(MEETINGS, { unitId: 'atlantis' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'ORG_UNIT.NOT_FOUND', field: 'unitId' });
  });

  it('rejects a malformed day with a validation error naming the argument', async () => {
    const result = await app.graphql(MEETINGS, { unitId: 'pam', from: '7 June 2021' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION.FAILED', field: 'from' });
  });

  it('resolves the holding unit through the unit tree', async () => {
    const result = await app.graphql(`query { meeting(id: "${meetingId}") { unit { id path name { fr } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.meeting.unit).toEqual({ id: 'el-hajeb', path: '/pam/fes-meknes/el-hajeb', name: { fr: fixture.orgUnits[2]!.name.fr } });
  });

  it('shows a correction applied to the record and listed with its reason, as soon as the mutation returns', async () => {
    const corrected = await app.graphql(
      `mutation { correctMeetingRecord(input: { meetingId: "${meetingId}", reason: "The meeting began in the afternoon", partOfDay: AFTERNOON }) { position } }`,
      {},
      { authorization: await app.credentialFor('editor@fes-meknes', [{ role: 'RECORDER', unitId: 'fes-meknes' }]) },
    );
    expect(corrected.errors).toBeUndefined();
    const { position } = corrected.data!.correctMeetingRecord;
    const result = await app.graphql(
      `query Meeting($id: ID!, $minPosition: String) { meeting(id: $id, minPosition: $minPosition) { partOfDay corrections { reason changedFields actor recordedAt position } } }`,
      { id: meetingId, minPosition: position },
    );
    expect(result.data!.meeting).toEqual({
      partOfDay: 'AFTERNOON',
      corrections: [{ reason: 'The meeting began in the afternoon', changedFields: ['partOfDay'], actor: 'editor@fes-meknes', recordedAt: '2021-06-08T09:00:00.000Z', position }],
    });
  });

  describe('with 50 meetings of one local unit, each with a resolution', () => {
    let counter: SelectCounter;

    beforeAll(async () => {
      await mutate(app, 'establishOrgUnit', { unitId: 'ain-taoujdate', parentId: 'el-hajeb', level: 'LOCAL', kind: 'SECRETARIAT', name: { fr: 'Aïn Taoujdate' } });
      for (let day = 1; day <= 50; day += 1) {
        const heldOn = new Date(Date.UTC(2021, 0, day)).toISOString().slice(0, 10);
        const id = `ain-taoujdate-${String(day).padStart(2, '0')}`;
        await mutate(app, 'recordMeeting', { meetingId: id, unitId: 'ain-taoujdate', kind: 'BUREAU', title: { fr: `Bureau du ${heldOn}` }, heldOn, attendees: [{ group: { fr: 'Bureau local' }, count: 7 }] });
        await mutate(app, 'adoptResolution', { resolutionId: `${id}-r1`, meetingId: id, kind: 'DECISION', text: { fr: `Décision du ${heldOn}` } });
      }
      await app.caughtUp();
      counter = countReadQueries(app);
    });

    const listed = async (first: number): Promise<{ queries: number; meetings: any[] }> => {
      counter.count = 0;
      const result = await app.graphql(`query { meetings(unitId: "ain-taoujdate", first: ${first}) { edges { node { id resolutions { id } } } } }`);
      expect(result.errors).toBeUndefined();
      return { queries: counter.count, meetings: result.data!.meetings.edges.map((edge: any) => edge.node) };
    };

    it('reads the resolutions of a whole page in one batch: as few round trips for 50 meetings as for 10', async () => {
      const ten = await listed(10);
      const fifty = await listed(50);
      expect(ten.meetings).toHaveLength(10);
      expect(fifty.meetings).toHaveLength(50);
      expect(fifty.meetings.every((meeting) => meeting.resolutions.length === 1 && meeting.resolutions[0].id === `${meeting.id}-r1`)).toBe(true);
      expect(fifty.queries).toBeLessThanOrEqual(4);
      expect(fifty.queries).toBe(ten.queries);
    });

    it('lists them newest first and pages without repeating or skipping one', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const result: any = await app.graphql(MEETINGS, { unitId: 'ain-taoujdate', first: 20, after });
        seen.push(...result.data.meetings.edges.map((edge: any) => edge.node.heldOn));
        if (!result.data.meetings.pageInfo.hasNextPage) break;
        after = result.data.meetings.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(50);
      expect(new Set(seen).size).toBe(50);
      expect(seen).toEqual([...seen].sort().reverse());
    });
  });
});
