import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { recordWorkedExample } from '../support/worked-example';

/** The GraphQL blocks README marks `<!-- tested: name -->`: what a newcomer copies must work. */
const readmeQueries = (): Map<string, string> => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const blocks = new Map<string, string>();
  for (const match of readme.matchAll(/<!-- tested: ([\w-]+) -->\s*```graphql\n([\s\S]*?)```/g)) blocks.set(match[1]!, match[2]!);
  return blocks;
};

describeOnEveryStore('the queries README shows', (kind) => {
  let app: TestApp;
  const queries = readmeQueries();
  beforeAll(async () => {
    app = await startTestApp(kind);
    await recordWorkedExample(app);
    await app.caughtUp();
  });
  afterAll(async () => app.close());

  it('answers "how active is Fès-Meknès this quarter, province by province?"', async () => {
    const result = await app.graphql(queries.get('quarter-by-province')!);
    expect(result.errors).toBeUndefined();
    expect(result.data!.activityByChild).toEqual([
      expect.objectContaining({ id: 'el-hajeb', activity: expect.objectContaining({ meetingsHeld: 1, resolutionsAdopted: 5 }) }),
    ]);
  });

  it('answers "what did El Hajeb resolve in June 2021, and what became of it?"', async () => {
    const result = await app.graphql(queries.get('el-hajeb-june-resolutions')!);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.resolutions.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes).toHaveLength(5);
    expect(nodes.every((node: { status: string; meeting: { heldOn: string } }) => node.status === 'ADOPTED' && node.meeting.heldOn === '2021-06-07')).toBe(true);
  });

  it('finds the El Hajeb meeting from an Arabic word of its text', async () => {
    const result = await app.graphql(queries.get('search-el-hajeb')!);
    expect(result.errors).toBeUndefined();
    expect(result.data!.search.edges.map((edge: { node: { kind: string; id: string } }) => edge.node)).toContainEqual(
      expect.objectContaining({ kind: 'MEETING', id: 'el-hajeb-2021-06-07' }),
    );
  });

  it('shows June 2021 as recorded, with the event behind its meeting count', async () => {
    const result = await app.graphql(queries.get('auditor-june-as-recorded')!);
    expect(result.errors).toBeUndefined();
    const activity = result.data!.orgUnit.activity;
    expect(activity.meetingsHeld).toBe(1);
    expect(activity.evidence.edges.map((edge: { node: { type: string; streamId: string } }) => edge.node)).toEqual([
      expect.objectContaining({ type: 'MeetingHeld', streamId: 'meeting-el-hajeb-2021-06-07' }),
    ]);
  });
});
