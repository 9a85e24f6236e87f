import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture, recordWorkedExample } from '../support/worked-example';

const ROOT = join(__dirname, '..', '..');

/** The `<!-- tested: auditor-… -->` GraphQL blocks, wherever the auditors' text lives: README once merged, its own file before. */
const auditorQueries = (): Map<string, string> => {
  const blocks = new Map<string, string>();
  for (const file of ['docs/for-auditors-history.md', 'README.md'].map((name) => join(ROOT, name)).filter(existsSync)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/<!-- tested: (auditor-[\w-]+) -->\s*```graphql\n([\s\S]*?)```/g)) blocks.set(match[1]!, match[2]!);
  }
  return blocks;
};

describeOnEveryStore('the queries the auditors’ guide shows', (kind) => {
  let app: TestApp;
  const queries = auditorQueries();
  beforeAll(async () => {
    app = await startTestApp(kind, new Date('2021-06-08T09:00:00.000Z'));
    await recordWorkedExample(app);
    app.clock.set(new Date('2021-07-08T09:00:00.000Z'));
    const corrected = await app.graphql(`mutation { correctMeetingRecord(input: { meetingId: "${fixture.meeting.ref}", reason: "Tenue en soirée", startsAt: "2021-06-07T19:00:00+01:00" }) { position } }`);
    expect(corrected.errors).toBeUndefined();
    await app.caughtUp();
  });
  afterAll(async () => app.close());

  it('shows the meeting as recorded and then corrected, with who did each', async () => {
    const result = await app.graphql(queries.get('auditor-meeting-record')!);
    expect(result.errors).toBeUndefined();
    const events = result.data!.streamHistory.edges.map((edge: any) => edge.node);
    expect(events.map((event: any) => [event.type, event.metadata.actor])).toEqual([
      ['MeetingHeld', 'recorder@el-hajeb'],
      ['MeetingRecordCorrected', 'recorder@el-hajeb'],
    ]);
  });

  it('lists what the recorder filed under Fès-Meknès in June 2021, and not the July correction', async () => {
    const result = await app.graphql(queries.get('auditor-audit-log')!);
    expect(result.errors).toBeUndefined();
    const types = result.data!.auditLog.edges.map((edge: any) => edge.node.type);
    expect(types).toContain('MeetingHeld');
    expect(types).not.toContain('MeetingRecordCorrected');
    expect(result.data!.auditLog.pageInfo.hasNextPage).toBe(false);
  });

  it('shows Fès-Meknès as of 20 June 2021, before the correction', async () => {
    const result = await app.graphql(queries.get('auditor-as-of')!);
    expect(result.errors).toBeUndefined();
    const unit = result.data!.orgUnit;
    expect(unit.activity).toEqual({ meetingsHeld: 1, attendanceNamed: 2, resolutionsAdopted: 5 });
    expect(unit.meetings.edges.map((edge: any) => edge.node.corrections)).toEqual([[]]);
    expect(unit.resolutions.edges).toHaveLength(5);
    expect(unit.officers).toEqual([{ position: 'SECRETARY_GENERAL', memberId: 'hjira' }]);
  });

  it('traces June’s one meeting to the El Hajeb MeetingHeld event', async () => {
    const result = await app.graphql(queries.get('auditor-evidence')!);
    expect(result.errors).toBeUndefined();
    const { meetingsHeld, evidence } = result.data!.orgUnit.activity;
    expect(meetingsHeld).toBe(1);
    expect(evidence.edges.map((edge: any) => [edge.node.type, edge.node.streamId])).toEqual([['MeetingHeld', `meeting-${fixture.meeting.ref}`]]);
  });
});
