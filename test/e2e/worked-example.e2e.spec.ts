import { CURRENT_SCHEMA_VERSIONS, type DomainEventType } from '../../src/events/registry';
import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const HISTORY = `query History($streamId: String!) {
  streamHistory(streamId: $streamId) {
    edges { node {
      id type schemaVersion data streamId revision position
      metadata { actor correlationId causationId occurredAt recordedAt unitPath }
    } }
  }
}`;

const bytes = (text: string): string => Buffer.from(text, 'utf8').toString('hex');

describeOnEveryStore('the El Hajeb meeting of 7 June 2021, recorded through GraphQL', (kind) => {
  let app: TestApp;
  let history: Map<string, any[]>;

  beforeAll(async () => {
    app = await startTestApp(kind, new Date('2021-06-08T09:00:00.000Z'));
    const recorded = await recordWorkedExample(app);
    history = new Map();
    for (const streamId of recorded.streamIds) {
      const result = await app.graphql(HISTORY, { streamId });
      history.set(streamId, result.data!.streamHistory.edges.map((edge: any) => edge.node));
    }
  });
  afterAll(async () => app.close());

  it('stores 3 units with 3 officers, 3 members, 1 meeting and 5 resolutions', () => {
    const types = [...history.values()].flat().map((event) => event.type);
    const count = (type: string): number => types.filter((t) => t === type).length;
    expect({
      units: count('OrgUnitEstablished'),
      officers: count('OfficerAppointed'),
      members: count('MemberJoined'),
      meetings: count('MeetingHeld'),
      resolutions: count('ResolutionAdopted'),
    }).toEqual({ units: 3, officers: 3, members: 3, meetings: 1, resolutions: 5 });
  });

  it('keeps the meeting as the article tells it: two chairs, attendees, seven agenda items', () => {
    const [held] = history.get(`meeting-${fixture.meeting.ref}`)!;
    expect(held.type).toBe('MeetingHeld');
    expect(held.data.unitId).toBe('el-hajeb');
    expect(held.data.heldOn).toBe('2021-06-07');
    expect(held.data.chairs.map((chair: any) => chair.memberId)).toEqual(['hjira', 'bougoula']);
    expect(held.data.attendees).toHaveLength(4);
    expect(held.data.agenda).toHaveLength(7);
  });

  it('returns the Arabic summary, title and names byte for byte', async () => {
    const [held] = history.get(`meeting-${fixture.meeting.ref}`)!;
    expect(bytes(held.data.summary.ar)).toBe(bytes(fixture.meeting.summary.ar));
    expect(bytes(held.data.title.ar)).toBe(bytes(fixture.meeting.title.ar));
    const [region] = history.get('orgUnit-fes-meknes')!;
    expect(bytes(region.data.name.ar)).toBe(bytes(fixture.orgUnits[1]!.name.ar));
    // A name is personal data: history holds it sealed, and the members read model opens it.
    const [hjira] = history.get('member-hjira')!;
    expect(hjira.data.fullName).toEqual({ $sealed: expect.any(String) });
    await app.caughtUp();
    const member = await app.graphql(`{ member(id: "hjira") { fullName { ar } } }`);
    expect(bytes(member.data!.member.fullName.ar)).toBe(bytes(fixture.people[0]!.fullName.ar));
    const adopted = history.get(`resolution-${fixture.meeting.ref}-r3`)![0];
    expect(bytes(adopted.data.text.ar)).toBe(bytes(fixture.resolutions[2]!.text.ar!));
  });

  it('fills every metadata field of every event', () => {
    for (const event of [...history.values()].flat()) {
      expect(event.metadata).toEqual({
        actor: 'recorder@el-hajeb',
        correlationId: expect.any(String),
        causationId: null,
        occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        recordedAt: '2021-06-08T09:00:00.000Z',
        unitPath: expect.stringMatching(/^\/pam/),
      });
      expect(event.schemaVersion).toBe(CURRENT_SCHEMA_VERSIONS[event.type as DomainEventType]);
    }
  });

  it('dates the meeting and its resolutions on the meeting day and files them under El Hajeb', () => {
    const events = [history.get(`meeting-${fixture.meeting.ref}`)![0], ...fixture.resolutions.map((r) => history.get(`resolution-${fixture.meeting.ref}-${r.ref}`)![0])];
    for (const event of events) {
      expect(event.metadata.unitPath).toBe('/pam/fes-meknes/el-hajeb');
      expect(event.metadata.occurredAt.slice(0, 10)).toBe('2021-06-07');
    }
  });
});
