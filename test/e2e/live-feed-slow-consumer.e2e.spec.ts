import { LiveFeedLimits } from '../../src/projections/activity-feed/live/live-feed.limits';
import { LiveFeed, type LiveFeedMessage } from '../../src/projections/activity-feed/live/live-feed.service';
import { LogTail } from '../../src/projections/activity-feed/live/log-tail';
import { DomainError } from '../../src/modules/shared-kernel/domain-error';
import { appendJoins, follow, subscribersRegistered, tailSeen } from '../support/feed-client';
import { describeOnEveryStore } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { recordWorkedExample } from '../support/worked-example';

const everything = { unitPath: '/pam', includeDescendants: true, eventTypes: new Set<string>() };

describeOnEveryStore('a subscriber that cannot keep up', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind, undefined, { overrides: [[LiveFeedLimits, new LiveFeedLimits(25, 1000)]] });
    await recordWorkedExample(app);
  });
  afterAll(async () => app.close());

  it('is closed with FEED.SUBSCRIBER_TOO_SLOW and its resume cursor, while the others keep receiving', async () => {
    const stalled = app.app.get(LiveFeed).subscribe(everything, null);
    const firstPull = stalled.next();
    const keeping = follow(app, { unitId: 'pam' });
    await subscribersRegistered(app, 2);

    await appendJoins(app.store, '/pam/fes-meknes/el-hajeb', 100, 10);
    await tailSeen(app, (await app.store.headPosition())!);
    await keeping.waitFor(100);

    const first = (await firstPull).value as LiveFeedMessage;
    expect(first).not.toBeInstanceOf(DomainError);
    const ending = (await stalled.next()).value as LiveFeedMessage;
    expect(ending).toBeInstanceOf(DomainError);
    expect(ending).toMatchObject({ code: 'FEED.SUBSCRIBER_TOO_SLOW', details: { resumeAfter: (first as { position: string }).position } });
    expect((await stalled.next()).done).toBe(true);

    expect(keeping.items).toHaveLength(100);
    expect(keeping.errors).toEqual([]);
    expect(app.app.get(LogTail).subscriberCount).toBe(1);
    keeping.unsubscribe();
  });
});
