import { PROJECTIONS } from '../../src/projections/projections';
import { Generations } from '../../src/projections/runner/generations';
import { physicalTable } from '../../src/projections/runner/table-names';
import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const MEETING = fixture.meeting.ref;

/** Everything a dashboard shows for a region, read live or as of a past point. */
const REGION = `query Region($asOf: AsOf) {
  orgUnit(id: "fes-meknes", asOf: $asOf) {
    id
    activity(from: "2021-06-01", to: "2021-07-31") {
      meetingsHeld attendanceNamed attendanceCounted attendanceUnknownGroups resolutionsAdopted
      evidence(figure: attendanceUnknownGroups) { edges { node { type revision } } }
    }
    activitySeries(from: "2021-06-01", to: "2021-07-31", granularity: MONTH) { label meetingsHeld resolutionsAdopted }
    meetings(first: 10) { edges { node {
      id heldOn unitId attendees { kind memberId count } corrections { reason actor }
      resolutions { id status }
    } } }
    resolutions(first: 10) { edges { node { id status meeting { id heldOn } } } }
    officers { position memberId member { id } }
    children { id officers { position memberId } }
  }
}`;

const mutate = async (app: TestApp, mutation: string, input: Record<string, unknown>, authorization: string): Promise<string> => {
  const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const result = await app.graphql(`mutation($input: ${type}!) { ${mutation}(input: $input) { position } }`, { input }, { authorization });
  if (result.errors) throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
  return result.data![mutation].position;
};

/** Every row of every live read model table, and the runner's checkpoints. */
const liveTables = async (app: TestApp): Promise<Record<string, unknown[]>> => {
  const { db } = app.readDb;
  const tables: Record<string, unknown[]> = { projection_state: await db.selectFrom('projection_state').selectAll().orderBy('name').orderBy('generation').execute() };
  for (const projection of PROJECTIONS) {
    const active = (await new Generations(db).active(projection.name))!;
    for (const table of projection.tables) {
      const name = physicalTable(projection.name, table.name, active.generation);
      tables[name] = await db.selectFrom(name).selectAll().orderBy('id').execute();
    }
  }
  return tables;
};

describeOnEveryStore('time travel: the read models as of a past point', (kind) => {
  let app: TestApp;
  let before: string;
  let liveBefore: Record<string, unknown[]>;
  let past: any;

  beforeAll(async () => {
    app = await startTestApp(kind, new Date('2021-06-08T09:00:00.000Z'));
    await recordWorkedExample(app);
    before = (await app.store.headPosition())!;
    // A month later: the record is corrected, a second meeting held, a resolution moves on, an officer leaves.
    app.clock.set(new Date('2021-07-08T09:00:00.000Z'));
    const secretary = await app.credentialFor('secretary@fes-meknes', [{ role: 'RECORDER', unitId: 'fes-meknes' }]);
    await mutate(app, 'correctMeetingRecord', {
      meetingId: MEETING,
      reason: 'Les secrétaires locaux étaient 12',
      attendees: [{ memberId: 'hjira' }, { memberId: 'bougoula' }, { group: { fr: 'Secrétaires locaux' }, count: 12 }],
    }, secretary);
    await mutate(app, 'recordMeeting', { meetingId: 'fes-meknes-2021-07-05', unitId: 'fes-meknes', kind: 'BUREAU', title: { fr: 'Bureau régional' }, heldOn: '2021-07-05', chairs: [{ memberId: 'hjira' }], attendees: [{ group: { fr: 'Militants' }, count: 30 }] }, secretary);
    await mutate(app, 'changeResolutionStatus', { resolutionId: `${MEETING}-r3`, status: 'IN_PROGRESS', changedOn: '2021-07-06' }, secretary);
    await mutate(app, 'relieveOfficer', { unitId: 'el-hajeb', memberId: 'bougoula', position: 'SECRETARY_GENERAL', relievedOn: '2021-07-07' }, secretary);
    await app.caughtUp();
    liveBefore = await liveTables(app);
    const result = await app.graphql(REGION, { asOf: { recordedAt: '2021-06-20T00:00:00+01:00' } });
    expect(result.errors).toBeUndefined();
    past = result.data!.orgUnit;
  });
  afterAll(async () => app.close());

  it('counts as the dashboard did between the two: one meeting in June with its original attendance, nothing in July', () => {
    expect(past.activity).toEqual({
      meetingsHeld: 1,
      attendanceNamed: 2,
      attendanceCounted: 0,
      attendanceUnknownGroups: 2,
      resolutionsAdopted: 5,
      evidence: { edges: [{ node: { type: 'MeetingHeld', revision: 0 } }] },
    });
    expect(past.activitySeries).toEqual([
      { label: '2021-06', meetingsHeld: 1, resolutionsAdopted: 5 },
      { label: '2021-07', meetingsHeld: 0, resolutionsAdopted: 0 },
    ]);
  });

  it('lists the one meeting as originally recorded, uncorrected, with its five resolutions still adopted', () => {
    const meetings = past.meetings.edges.map((edge: any) => edge.node);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ id: MEETING, heldOn: '2021-06-07', unitId: 'el-hajeb', corrections: [] });
    expect(meetings[0].attendees.map((attendee: any) => [attendee.kind, attendee.memberId, attendee.count])).toEqual([
      ['MEMBER', 'hjira', null],
      ['MEMBER', 'bougoula', null],
      ['GROUP', null, null],
      ['GROUP', null, null],
    ]);
    expect(meetings[0].resolutions.map((resolution: any) => resolution.status)).toEqual(Array(5).fill('ADOPTED'));
    const resolutions = past.resolutions.edges.map((edge: any) => edge.node);
    expect(resolutions.map((resolution: any) => resolution.status)).toEqual(Array(5).fill('ADOPTED'));
    expect(resolutions.every((resolution: any) => resolution.meeting.id === MEETING && resolution.meeting.heldOn === '2021-06-07')).toBe(true);
  });

  it('shows the officers then in post, down the tree', () => {
    expect(past.officers).toEqual([{ position: 'SECRETARY_GENERAL', memberId: 'hjira', member: { id: 'hjira' } }]);
    expect(past.children).toEqual([{ id: 'el-hajeb', officers: [{ position: 'SECRETARY_GENERAL', memberId: 'bougoula' }] }]);
  });

  it('answers the same for the log position reached then as for the time', async () => {
    const result = await app.graphql(REGION, { asOf: { position: before } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.orgUnit).toEqual(past);
  });

  it('still shows the present without asOf, in the same request as the past', async () => {
    const result = await app.graphql(`query($asOf: AsOf) {
      now: orgUnit(id: "fes-meknes") { activity(from: "2021-06-01", to: "2021-07-31") { meetingsHeld attendanceCounted } children { officers { memberId } } }
      then: orgUnit(id: "fes-meknes", asOf: $asOf) { activity(from: "2021-06-01", to: "2021-07-31") { meetingsHeld attendanceCounted } children { officers { memberId } } }
    }`, { asOf: { position: before } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      now: { activity: { meetingsHeld: 2, attendanceCounted: 42 }, children: [{ officers: [] }] },
      then: { activity: { meetingsHeld: 1, attendanceCounted: 0 }, children: [{ officers: [{ memberId: 'bougoula' }] }] },
    });
  });

  it('leaves the live read models exactly as they were', async () => {
    expect(await liveTables(app)).toEqual(liveBefore);
  });

  it('knows no unit before it was established', async () => {
    // The first unit's establishment; grants and keys may come before it in the log.
    const [first] = (await app.graphql(`{ auditLog(first: 1, types: ["OrgUnitEstablished"]) { edges { node { position } } } }`)).data!.auditLog.edges;
    const result = await app.graphql(`query($asOf: AsOf) { pam: orgUnit(id: "pam", asOf: $asOf) { id } region: orgUnit(id: "fes-meknes", asOf: $asOf) { id } }`, {
      asOf: { position: first.node.position },
    });
    expect(result.data).toEqual({ pam: { id: 'pam' }, region: null });
    const beforeAll = await app.graphql(`{ orgUnit(id: "pam", asOf: { recordedAt: "2021-06-01T00:00:00Z" }) { id } }`);
    expect(beforeAll.data).toEqual({ orgUnit: null });
  });

  it('refuses a point given both ways, or past the last event, naming the field', async () => {
    const both = await app.graphql(REGION, { asOf: { position: before, recordedAt: '2021-06-20T00:00:00Z' } });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION.FAILED', field: 'asOf' });
    const future = await app.graphql(REGION, { asOf: { position: '1000000' } });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION.FAILED', field: 'asOf.position' });
  });
});
