import { PersonalData } from '../../src/infrastructure/privacy/personal-data';
import { activityFeedProjection } from '../../src/projections/activity-feed/activity-feed.projection';
import { Freshness } from '../../src/projections/runner/freshness';
import { ReadModels } from '../../src/projections/runner/read-models';
import { inSubtree } from '../../src/projections/shared/subtree.sql';
import { loadMoroccoReference } from '../../src/modules/territory/reference/morocco.reference';
import { syntheticHistory } from '../../src/synthetic/synthetic-history';
import type { SyntheticOptions } from '../../src/synthetic/synthetic-options';
import { SyntheticSeeder } from '../../src/synthetic/synthetic-seeder';
import { personName } from '../../src/synthetic/texts/person-names';
import { startTestApp, type TestApp } from '../support/test-app';

const reference = loadMoroccoReference();
// The smallest history: the structure (1,593 units) and some 3,400 events of activity.
const OPTIONS: SyntheticOptions = { events: 5_000, seed: 3, fromYear: 2021, until: '2022-12-31' };

const FEED_PAGE = `query Feed($id: ID!, $after: String) {
  activityFeed(unitId: $id, first: 30, after: $after) { edges { node { id } } pageInfo { endCursor } }
}`;

const PARTY = `query Party($from: String!, $to: String!) {
  orgUnit(id: "party") { id children { id } activity(from: $from, to: $to) { meetingsHeld resolutionsAdopted } }
}`;

describe.each(['sqlite', 'postgres'] as const)('seeding a synthetic history into %s', (kind) => {
  let app: TestApp;
  let seeder: SyntheticSeeder;

  beforeAll(async () => {
    app = await startTestApp(kind, new Date('2023-01-10T09:00:00.000Z'));
    seeder = new SyntheticSeeder(app.store, app.app.get(PersonalData));
  });
  afterAll(() => app.close());

  it('stops between two batches when interrupted, and the same seed run again writes the rest and nothing twice', async () => {
    const stop = new AbortController();
    const first = await seeder.seed(OPTIONS, reference, { batchSize: 1_000, signal: stop.signal, onProgress: () => stop.abort() });
    expect(first).toMatchObject({ interrupted: true, done: 1_000, written: 1_000 });

    const second = await seeder.seed(OPTIONS, reference, { batchSize: 1_000 });
    expect(second).toMatchObject({ interrupted: false, done: 5_000, written: 4_000, alreadyThere: 1_000 });
    // The service's own log anchors may sit between the batches.
    const seeded: string[] = [];
    for (let after: string | null = null; ; ) {
      const page = await app.store.readAll({ after, limit: 5_000 });
      seeded.push(...page.events.filter((event) => event.metadata.actor === 'system:seed').map((event) => event.id));
      if (page.isEnd) break;
      after = page.nextCursor;
    }
    expect(seeded).toEqual([...syntheticHistory(OPTIONS, reference)].map((item) => item.event.id));
  }, 300_000);

  it('refuses to write another history over it', async () => {
    await expect(seeder.seed({ ...OPTIONS, seed: 4 }, reference, { batchSize: 1_000 })).rejects.toThrow(/empty store|other options/);
  });

  it('reads back through the read models: the party, its regions, every meeting and resolution, names opened', async () => {
    const generated = [...syntheticHistory(OPTIONS, reference)];
    const count = (type: string) => generated.filter((item) => item.event.type === type).length;
    await app.app.get(Freshness).ensure(await app.store.headPosition(), 240_000);
    const party = await app.graphql(PARTY, { from: '2021-01-01', to: '2022-12-31' });
    expect(party.errors).toBeUndefined();
    expect(party.data!.orgUnit.children).toHaveLength(12 + 2);
    expect(party.data!.orgUnit.activity).toEqual({ meetingsHeld: count('MeetingHeld'), resolutionsAdopted: count('ResolutionAdopted') });

    // A range with ragged ends: whole months from month buckets, the rest from day buckets, the same count either way.
    const heldIn = (from: string, to: string, path: string) =>
      generated.filter(({ event }) => event.type === 'MeetingHeld' && event.metadata.unitPath.startsWith(path) && (event.data as { heldOn: string }).heldOn >= from && (event.data as { heldOn: string }).heldOn <= to).length;
    const region = await app.graphql(`query R { orgUnit(id: "casablanca-settat") { activity(from: "2021-03-15", to: "2022-08-20") { meetingsHeld } } }`);
    expect(region.data!.orgUnit.activity.meetingsHeld).toBe(heldIn('2021-03-15', '2022-08-20', '/party/casablanca-settat'));
    for (const granularity of ['WEEK', 'MONTH', 'QUARTER']) {
      const series = await app.graphql(
        `query S($g: Granularity!) { orgUnit(id: "casablanca-settat") { activitySeries(from: "2021-03-15", to: "2022-08-20", granularity: $g) { start end meetingsHeld } } }`,
        { g: granularity },
      );
      const buckets = series.data!.orgUnit.activitySeries as Array<{ start: string; end: string; meetingsHeld: number }>;
      expect(buckets.map((bucket) => bucket.meetingsHeld)).toEqual(buckets.map((bucket) => heldIn(bucket.start, bucket.end, '/party/casablanca-settat')));
    }

    const joined = generated.find((item) => item.event.type === 'MemberJoined')!.event.data as { memberId: string };
    const member = await app.graphql(`query M($id: ID!) { member(id: $id) { fullName { ar fr } } }`, { id: joined.memberId });
    expect(member.data?.member.fullName).toEqual(personName(0, OPTIONS.seed).fullName);
  }, 300_000);

  it("pages a region's feed and a sparse commune's newest first, exactly the entries of their subtree in log order", async () => {
    const readModels = app.app.get(ReadModels);
    const entries = await readModels.table(activityFeedProjection, 'entries');
    const communes = new Map<string, number>();
    for (const { event } of syntheticHistory(OPTIONS, reference)) {
      if (event.metadata.unitPath.split('/').length === 5) communes.set(event.metadata.unitPath, (communes.get(event.metadata.unitPath) ?? 0) + 1);
    }
    // A commune with a page's worth of entries, too few of them among the newest for the log-order walk: its page comes from the path index.
    const [sparse] = [...communes].filter(([, count]) => count >= 2 && count <= 30).sort((a, b) => b[1] - a[1])[0]!;
    for (const path of ['/party/casablanca-settat', sparse]) {
      const expected = await readModels.db
        .selectFrom(entries)
        .select('id')
        .where(inSubtree('unitPath', path))
        .orderBy('positionKey', 'desc')
        .limit(60)
        .execute();
      const id = path.split('/').pop();
      const first = await app.graphql(FEED_PAGE, { id, after: null });
      const second = expected.length > 30 ? await app.graphql(FEED_PAGE, { id, after: first.data!.activityFeed.pageInfo.endCursor }) : null;
      const ids = [...first.data!.activityFeed.edges, ...(second?.data!.activityFeed.edges ?? [])].map((edge: { node: { id: string } }) => edge.node.id);
      expect(ids).toEqual(expected.map((row: { id: string }) => row.id));
    }
  }, 120_000);
});
