import { describeOnEveryStore } from '../support/postgres';
import { type GraphqlResponse, startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const MEETING = fixture.meeting.ref;
const ENVELOPE = 'id type schemaVersion data streamId revision position metadata { actor correlationId causationId occurredAt recordedAt unitPath }';

const HISTORY = `query History($streamId: String!, $fromRevision: Int, $first: Int, $after: String) {
  streamHistory(streamId: $streamId, fromRevision: $fromRevision, first: $first, after: $after) {
    edges { cursor node { ${ENVELOPE} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const AUDIT_LOG = `query Audit($after: String, $types: [String!], $unitId: ID, $includeDescendants: Boolean, $recordedFrom: String, $recordedTo: String, $actor: String, $first: Int) {
  auditLog(after: $after, types: $types, unitId: $unitId, includeDescendants: $includeDescendants, recordedFrom: $recordedFrom, recordedTo: $recordedTo, actor: $actor, first: $first) {
    edges { cursor node { ${ENVELOPE} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Envelope = { id: string; type: string; data: any; streamId: string; revision: number; position: string; metadata: { actor: string; recordedAt: string; unitPath: string } };

const correct = async (app: TestApp, input: Record<string, unknown>, authorization: string): Promise<void> => {
  const result = await app.graphql(`mutation($input: CorrectMeetingRecordInput!) { correctMeetingRecord(input: $input) { position } }`, { input }, { authorization });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
};

/** Follows endCursor until the log says there is no more, the way a client would. */
const wholeAuditLog = async (app: TestApp, variables: Record<string, unknown>): Promise<Envelope[]> => {
  const events: Envelope[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const result: GraphqlResponse = await app.graphql(AUDIT_LOG, { ...variables, after });
    expect(result.errors).toBeUndefined();
    const page: { edges: Array<{ node: Envelope }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = result.data!.auditLog;
    events.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return events;
    after = page.pageInfo.endCursor;
  }
  throw new Error('the audit log never ended');
};

describeOnEveryStore('history: streams and the audit log, every envelope as recorded', (kind) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(kind, new Date('2021-06-08T09:00:00.000Z'));
    await recordWorkedExample(app);
    // Grants over the whole register, so they stay out of the unit filters below.
    const secretary = await app.credentialFor('secretary@fes-meknes', [{ role: 'RECORDER', unitId: null }]);
    const auditor = await app.credentialFor('auditor@pam', [{ role: 'RECORDER', unitId: null }]);
    app.clock.set(new Date('2021-06-20T10:00:00.000Z'));
    await correct(app, { meetingId: MEETING, reason: 'الاجتماع انعقد مساء', startsAt: '2021-06-07T19:00:00+01:00' }, secretary);
    app.clock.set(new Date('2021-07-02T10:00:00.000Z'));
    await correct(app, { meetingId: MEETING, reason: 'Les secrétaires locaux étaient 12', attendees: [{ memberId: 'hjira' }, { group: { fr: 'Secrétaires locaux' }, count: 12 }] }, auditor);
  });
  afterAll(async () => app.close());

  it("shows a meeting's original record and every correction, with who made each, when, and why", async () => {
    const result = await app.graphql(HISTORY, { streamId: `meeting-${MEETING}` });
    expect(result.errors).toBeUndefined();
    const events: Envelope[] = result.data!.streamHistory.edges.map((edge: any) => edge.node);
    expect(events.map((event) => [event.type, event.revision, event.metadata.actor, event.metadata.recordedAt])).toEqual([
      ['MeetingHeld', 0, 'recorder@el-hajeb', '2021-06-08T09:00:00.000Z'],
      ['MeetingRecordCorrected', 1, 'secretary@fes-meknes', '2021-06-20T10:00:00.000Z'],
      ['MeetingRecordCorrected', 2, 'auditor@pam', '2021-07-02T10:00:00.000Z'],
    ]);
    expect(events[0]!.data).toMatchObject({ startsAt: null, attendees: expect.arrayContaining([expect.objectContaining({ kind: 'GROUP', count: null })]) });
    expect(events[1]!.data).toMatchObject({ reason: 'الاجتماع انعقد مساء', changes: { startsAt: '2021-06-07T18:00:00.000Z' }, previous: { startsAt: null } });
    expect(events[2]!.data.reason).toBe('Les secrétaires locaux étaient 12');
    expect(Object.keys(events[2]!.data.changes)).toEqual(['attendees']);
    expect(events[2]!.data.previous.attendees).toHaveLength(4);
    expect(result.data!.streamHistory.pageInfo.hasNextPage).toBe(false);
  });

  it('pages a stream by cursor, and from a revision', async () => {
    const first = await app.graphql(HISTORY, { streamId: `meeting-${MEETING}`, first: 2 });
    expect(first.data!.streamHistory.edges.map((edge: any) => edge.node.revision)).toEqual([0, 1]);
    expect(first.data!.streamHistory.pageInfo.hasNextPage).toBe(true);
    const next = await app.graphql(HISTORY, { streamId: `meeting-${MEETING}`, first: 2, after: first.data!.streamHistory.pageInfo.endCursor });
    expect(next.data!.streamHistory.edges.map((edge: any) => edge.node.revision)).toEqual([2]);
    expect(next.data!.streamHistory.pageInfo.hasNextPage).toBe(false);
    const from = await app.graphql(HISTORY, { streamId: `meeting-${MEETING}`, fromRevision: 1 });
    expect(from.data!.streamHistory.edges.map((edge: any) => edge.node.type)).toEqual(['MeetingRecordCorrected', 'MeetingRecordCorrected']);
    const bad = await app.graphql(HISTORY, { streamId: `meeting-${MEETING}`, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION.FAILED', field: 'after' });
  });

  it('reads the whole log in order, page after page, the same as in one page', async () => {
    const paged = await wholeAuditLog(app, { first: 4 });
    const one = await wholeAuditLog(app, { first: 500 });
    expect(paged.map((event) => event.id)).toEqual(one.map((event) => event.id));
    // 3 units, 3 members, 3 officers, the meeting, 5 resolutions and 2 corrections; a grant and a key for each of 3 principals.
    expect(paged.length).toBe(23);
    expect(paged.at(-1)!.position).toBe(await app.store.headPosition());
    const positions = paged.map((event) => BigInt(event.position));
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
  });

  it('filters the log by type and by unit, with or without the units below', async () => {
    const meetings = await wholeAuditLog(app, { types: ['MeetingHeld', 'MeetingRecordCorrected'] });
    expect(meetings.map((event) => event.type)).toEqual(['MeetingHeld', 'MeetingRecordCorrected', 'MeetingRecordCorrected']);
    const region = await wholeAuditLog(app, { unitId: 'fes-meknes' });
    expect(new Set(region.map((event) => event.metadata.unitPath))).toEqual(new Set(['/pam/fes-meknes', '/pam/fes-meknes/el-hajeb']));
    const regionAlone = await wholeAuditLog(app, { unitId: 'fes-meknes', includeDescendants: false });
    expect(regionAlone.map((event) => event.type).sort()).toEqual(['MemberJoined', 'OfficerAppointed', 'OrgUnitEstablished']);
  });

  it('filters the log by who recorded it and when', async () => {
    const byAuditor = await wholeAuditLog(app, { actor: 'auditor@pam' });
    expect(byAuditor.map((event) => [event.type, event.revision])).toEqual([['MeetingRecordCorrected', 2]]);
    const june = await wholeAuditLog(app, { recordedFrom: '2021-06-10T00:00:00Z', recordedTo: '2021-06-30T23:59:59.999Z' });
    expect(june.map((event) => event.metadata.actor)).toEqual(['secretary@fes-meknes']);
    const fromJune20 = await wholeAuditLog(app, { recordedFrom: '2021-06-20T11:00:00+01:00', types: ['MeetingRecordCorrected'] });
    expect(fromJune20).toHaveLength(2);
  });

  it('answers bad filters with a typed error naming the argument', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ unitId: 'atlantis' }, 'ORG_UNIT.NOT_FOUND', 'unitId'],
      [{ types: ['MeetingHeldd'] }, 'VALIDATION.FAILED', 'types'],
      [{ after: 'yesterday' }, 'VALIDATION.FAILED', 'after'],
      [{ recordedFrom: '2021-07-01T00:00:00Z', recordedTo: '2021-06-01T00:00:00Z' }, 'VALIDATION.FAILED', 'recordedTo'],
      [{ recordedFrom: 'last week' }, 'VALIDATION.FAILED', 'recordedFrom'],
      [{ first: 0 }, 'VALIDATION.FAILED', 'first'],
    ];
    for (const [variables, code, field] of cases) {
      const result = await app.graphql(AUDIT_LOG, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
    }
  });
});
