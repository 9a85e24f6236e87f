import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const MEETING = fixture.meeting.ref;

/** A mutation that breaks one rule, on top of the recorded worked example. */
interface Breach {
  readonly mutation: string;
  readonly input: Record<string, unknown>;
  readonly code: string;
  readonly field: string | null;
}

const meeting = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  unitId: 'el-hajeb',
  kind: 'ORGANIZATIONAL',
  title: { ar: 'اجتماع' },
  heldOn: '2021-06-01',
  chairs: [{ memberId: 'bougoula' }],
  ...overrides,
});

const BREACHES: Breach[] = [
  { mutation: 'registerMember', input: { unitId: 'nowhere', fullName: { ar: 'محمد' } }, code: 'ORG_UNIT.NOT_FOUND', field: 'unitId' },
  { mutation: 'registerMember', input: { memberId: 'hjira', unitId: 'el-hajeb', fullName: { ar: 'محمد الحجيرة' } }, code: 'MEMBER.ALREADY_REGISTERED', field: 'memberId' },
  { mutation: 'transferMember', input: { memberId: 'ghost', toUnitId: 'el-hajeb' }, code: 'MEMBER.NOT_FOUND', field: 'memberId' },
  { mutation: 'transferMember', input: { memberId: 'hjira', toUnitId: 'fes-meknes' }, code: 'MEMBER.SAME_UNIT', field: 'toUnitId' },
  { mutation: 'recordMemberLeaving', input: { memberId: 'ghost', reason: 'RESIGNED' }, code: 'MEMBER.NOT_FOUND', field: 'memberId' },
  { mutation: 'appointOfficer', input: { unitId: 'el-hajeb', memberId: 'hjira', position: 'SECRETARY_GENERAL' }, code: 'OFFICER.POSITION_OCCUPIED', field: 'position' },
  { mutation: 'appointOfficer', input: { unitId: 'el-hajeb', memberId: 'ghost', position: 'TREASURER' }, code: 'OFFICER.MEMBER_NOT_FOUND', field: 'memberId' },
  { mutation: 'relieveOfficer', input: { unitId: 'el-hajeb', memberId: 'hjira', position: 'SECRETARY_GENERAL' }, code: 'OFFICER.NOT_HOLDING', field: 'memberId' },
  { mutation: 'recordMeeting', input: meeting({ heldOn: '2021-06-09' }), code: 'MEETING.IN_FUTURE', field: 'heldOn' },
  { mutation: 'recordMeeting', input: meeting({ unitId: 'nowhere' }), code: 'ORG_UNIT.NOT_FOUND', field: 'unitId' },
  { mutation: 'recordMeeting', input: meeting({ chairs: [{ memberId: 'ghost' }] }), code: 'MEETING.PARTICIPANT_NOT_FOUND', field: 'chairs.0.memberId' },
  { mutation: 'recordMeeting', input: meeting({ attendees: [{ group: { ar: 'الأمناء المحليون' }, count: -1 }] }), code: 'VALIDATION.FAILED', field: 'attendees.0.count' },
  { mutation: 'recordMeeting', input: meeting({ meetingId: MEETING }), code: 'MEETING.ALREADY_RECORDED', field: 'meetingId' },
  { mutation: 'correctMeetingRecord', input: { meetingId: 'ghost', reason: 'typo', title: { ar: 'اجتماع' } }, code: 'MEETING.NOT_FOUND', field: 'meetingId' },
  { mutation: 'correctMeetingRecord', input: { meetingId: MEETING, reason: 'typo', title: fixture.meeting.title }, code: 'MEETING.NOTHING_CORRECTED', field: null },
  { mutation: 'correctMeetingRecord', input: { meetingId: MEETING, reason: 'typo', heldOn: '2021-07-01' }, code: 'MEETING.IN_FUTURE', field: 'heldOn' },
  { mutation: 'adoptResolution', input: { meetingId: 'ghost', kind: 'DECISION', text: { ar: 'قرار' } }, code: 'RESOLUTION.MEETING_NOT_FOUND', field: 'meetingId' },
  { mutation: 'adoptResolution', input: { meetingId: MEETING, unitId: 'pam', kind: 'DECISION', text: { ar: 'قرار' } }, code: 'RESOLUTION.UNIT_MISMATCH', field: 'unitId' },
  { mutation: 'changeResolutionStatus', input: { resolutionId: `${MEETING}-r1`, status: 'ADOPTED' }, code: 'RESOLUTION.STATUS_UNCHANGED', field: 'status' },
  { mutation: 'changeResolutionStatus', input: { resolutionId: 'ghost', status: 'IMPLEMENTED' }, code: 'RESOLUTION.NOT_FOUND', field: 'resolutionId' },
  { mutation: 'establishOrgUnit', input: { unitId: 'el-hajeb', parentId: 'fes-meknes', level: 'PROVINCIAL', kind: 'SECRETARIAT', name: { fr: 'El Hajeb' } }, code: 'ORG_UNIT.ALREADY_EXISTS', field: 'unitId' },
];

const call = (mutation: string): string =>
  `mutation Call($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id revision position } }`;

describeOnEveryStore('write-side rules over GraphQL', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
    await recordWorkedExample(app);
  });
  afterAll(async () => app.close());

  it.each(BREACHES.map((breach) => [breach.code, breach.mutation, breach.field, breach] as const))(
    'answers %s to %s (field %s) and writes nothing',
    async (_code, _mutation, _field, breach) => {
      const before = await app.store.headPosition();
      const result = await app.graphql(call(breach.mutation), { input: breach.input });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(breach.code);
      expect(result.errors?.[0]?.extensions?.field ?? null).toBe(breach.field);
      expect(await app.store.headPosition()).toBe(before);
    },
  );

  it('refuses a resolution change once it is rescinded', async () => {
    const id = `${MEETING}-r5`;
    const rescinded = await app.graphql(call('rescindResolution'), { input: { resolutionId: id, reason: 'Superseded by the regional plan' } });
    expect(rescinded.errors).toBeUndefined();
    const result = await app.graphql(call('changeResolutionStatus'), { input: { resolutionId: id, status: 'IMPLEMENTED' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'RESOLUTION.RESCINDED' });
  });

  it('refuses members and meetings in a dissolved unit', async () => {
    await app.graphql(call('establishOrgUnit'), { input: { unitId: 'ain-taoujdate', parentId: 'el-hajeb', level: 'LOCAL', kind: 'BRANCH', name: { fr: 'Aïn Taoujdate' } } });
    await app.graphql(call('dissolveOrgUnit'), { input: { unitId: 'ain-taoujdate' } });
    const member = await app.graphql(call('registerMember'), { input: { unitId: 'ain-taoujdate', fullName: { ar: 'سعيد' } } });
    expect(member.errors?.[0]?.extensions).toMatchObject({ code: 'ORG_UNIT.DISSOLVED', field: 'unitId' });
    const held = await app.graphql(call('recordMeeting'), { input: meeting({ unitId: 'ain-taoujdate' }) });
    expect(held.errors?.[0]?.extensions).toMatchObject({ code: 'ORG_UNIT.DISSOLVED', field: 'unitId' });
  });

  it('keeps the original record and every correction, with who made it and why', async () => {
    const corrected = await app.graphql(
      call('correctMeetingRecord'),
      { input: { meetingId: MEETING, reason: 'الاجتماع انعقد مساء', startsAt: '2021-06-07T19:00:00+01:00' } },
      { authorization: await app.credentialFor('auditor-friendly-recorder', [{ role: 'RECORDER', unitId: 'el-hajeb' }]) },
    );
    expect(corrected.errors).toBeUndefined();
    const history = await app.graphql(`{ streamHistory(streamId: "meeting-${MEETING}") { edges { node { type revision data metadata { actor } } } } }`);
    const events = history.data!.streamHistory.edges.map((edge: any) => edge.node);
    expect(events.map((event: any) => [event.type, event.revision])).toEqual([
      ['MeetingHeld', 0],
      ['MeetingRecordCorrected', 1],
    ]);
    expect(events[1].data).toMatchObject({ reason: 'الاجتماع انعقد مساء', changes: { startsAt: '2021-06-07T18:00:00.000Z' }, previous: { startsAt: null } });
    expect(events[1].metadata.actor).toBe('auditor-friendly-recorder');
    expect(events[0].data.startsAt).toBeNull();
  });
});
