import { LiveFeedLimits } from '../../src/projections/activity-feed/live/live-feed.limits';
import { appendJoins, connect, consecutive, follow, type Follower, subscribersRegistered, tailSeen } from '../support/feed-client';
import { describeOnEveryStore, describeWithPostgres } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { recordWorkedExample } from '../support/worked-example';

const MEETING = `mutation Meeting($input: RecordMeetingInput!) { recordMeeting(input: $input) { id position } }`;
const ORIENTAL = `mutation { establishOrgUnit(input: { unitId: "oriental", parentId: "pam", level: REGIONAL, kind: SECRETARIAT, name: { fr: "Oriental" } }) { position } }`;

const meetingIn = (unitId: string) => ({
  unitId,
  kind: 'ORGANIZATIONAL',
  title: { ar: 'اجتماع الأمانة الإقليمية' },
  heldOn: '2021-06-08',
  attendees: [{ group: { ar: 'أعضاء الأمانة الإقليمية' }, count: 12 }],
});

const positions = (follower: Follower): string[] => follower.items.map((item) => item.position);

describeOnEveryStore('live activity over graphql-ws', (kind) => {
  let app: TestApp;
  let limits: { bufferPerSubscriber: number; maxReplay: number };
  beforeEach(async () => {
    limits = { bufferPerSubscriber: 1000, maxReplay: 5000 };
    app = await startTestApp(kind, undefined, { overrides: [[LiveFeedLimits, limits]] });
    await recordWorkedExample(app);
    await app.graphql(ORIENTAL);
    await app.caughtUp();
  });
  afterEach(async () => app.close());

  it('brings a meeting to the screens of its province, region and party, and not to another region', async () => {
    const screens = ['el-hajeb', 'fes-meknes', 'pam', 'oriental'].map((unitId) => follow(app, { unitId }));
    await subscribersRegistered(app, 4);
    const recorded = await app.graphql(MEETING, { input: meetingIn('el-hajeb') });
    await Promise.all(screens.slice(0, 3).map((screen) => screen.waitFor(1)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const screen of screens.slice(0, 3)) {
      expect(screen.items).toEqual([
        expect.objectContaining({ type: 'MEETING_HELD', unitId: 'el-hajeb', position: recorded.data!.recordMeeting.position, summary: expect.objectContaining({ ar: 'اجتماع الأمانة الإقليمية' }) }),
      ]);
    }
    expect(screens[3]!.items).toEqual([]);
    screens.forEach((screen) => screen.unsubscribe());
  });

  it('resumes after a disconnection with exactly the events missed, in order, then goes live', async () => {
    const first = follow(app, { unitId: 'pam' });
    await subscribersRegistered(app, 1);
    await appendJoins(app.store, '/pam/fes-meknes/el-hajeb', 1);
    await first.waitFor(1);
    const cursor = first.items[0]!.position;
    first.unsubscribe();

    await appendJoins(app.store, '/pam/fes-meknes', 50);
    const resumed = follow(app, { unitId: 'pam', after: cursor });
    await resumed.waitFor(50);
    expect(resumed.items).toHaveLength(50);
    expect(consecutive([cursor, ...positions(resumed)])).toBe(true);

    await appendJoins(app.store, '/pam', 1);
    await resumed.waitFor(51);
    expect(consecutive([cursor, ...positions(resumed)])).toBe(true);
    expect(resumed.items).toHaveLength(51);
    resumed.unsubscribe();
  });

  it('hands over from replay to live without a gap or a duplicate while events keep arriving', async () => {
    await appendJoins(app.store, '/pam/fes-meknes/el-hajeb', 40, 4);
    const cursors = (await app.store.readAll({ limit: 1000 })).events.map((event) => event.position).slice(-40);
    let appending = true;
    const writer = (async () => {
      for (let i = 0; i < 60 && appending; i++) await appendJoins(app.store, '/pam/oriental', 3, 3);
    })();
    const client = connect(app);
    const joiners: Follower[] = [];
    for (let i = 0; i < 20; i++) {
      joiners.push(follow(app, { unitId: 'pam', after: cursors[i * 2]! }, client));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await writer;
    appending = false;
    const head = (await app.store.headPosition())!;
    await Promise.all(joiners.map((joiner) => joiner.waitFor(Number(BigInt(head) - BigInt(cursors[joiners.indexOf(joiner) * 2]!)))));
    joiners.forEach((joiner, i) => {
      const seen = positions(joiner);
      expect(consecutive([cursors[i * 2]!, ...seen])).toBe(true);
      expect({ last: seen[seen.length - 1], errors: joiner.errors, completed: joiner.completed }).toEqual({ last: head, errors: [], completed: false });
      expect(joiner.errors).toEqual([]);
    });
    joiners.forEach((joiner) => joiner.unsubscribe());
    await client.dispose();
  });

  it('tells a subscriber whose cursor is too old to reload, with a coded error', async () => {
    limits.maxReplay = 200;
    const cursor = (await app.store.headPosition())!;
    await appendJoins(app.store, '/pam', 250, 50);
    await tailSeen(app, (await app.store.headPosition())!);
    const stale = follow(app, { unitId: 'pam', after: cursor });
    await stale.waitFor(1000, 10_000).catch(() => undefined);
    expect(stale.items).toHaveLength(200);
    expect(stale.errors[0]?.extensions).toMatchObject({ code: 'FEED.CURSOR_TOO_OLD', field: 'after' });
  });

  it('delivers a 1,000-event burst to 200 concurrent subscribers, each in order and complete', async () => {
    const clients = Array.from({ length: 50 }, () => connect(app));
    const followers = Array.from({ length: 200 }, (_, i) => follow(app, { unitId: i % 2 === 0 ? 'pam' : 'fes-meknes' }, clients[i % clients.length]));
    await subscribersRegistered(app, 200);
    const start = await app.store.headPosition();
    await appendJoins(app.store, '/pam/fes-meknes/el-hajeb', 1000, 20);
    await Promise.all(followers.map((follower) => follower.waitFor(1000, 90_000)));
    for (const follower of followers) {
      expect(follower.items).toHaveLength(1000);
      expect(consecutive([start!, ...positions(follower)])).toBe(true);
    }
    await Promise.all(clients.map((client) => client.dispose()));
  }, 150_000);
});

describeWithPostgres('live activity across two service instances on one PostgreSQL', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp('postgres');
    b = await startTestApp('postgres', undefined, { postgresSchema: a.schema! });
    await recordWorkedExample(a);
    await b.caughtUp();
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('brings a meeting recorded through instance A to a subscriber of instance B', async () => {
    const screen = follow(b, { unitId: 'fes-meknes' });
    await subscribersRegistered(b, 1);
    const recorded = await a.graphql(MEETING, { input: meetingIn('el-hajeb') });
    await screen.waitFor(1, 5000);
    expect(screen.items[0]).toMatchObject({ type: 'MEETING_HELD', position: recorded.data!.recordMeeting.position });
    screen.unsubscribe();
  });
});
