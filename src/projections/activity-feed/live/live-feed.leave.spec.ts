import { follow, subscribersRegistered, until } from '../../../../test/support/feed-client';
import { describeOnEveryStore } from '../../../../test/support/postgres';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { recordWorkedExample } from '../../../../test/support/worked-example';
import { LiveFeed } from './live-feed.service';
import { LogTail } from './log-tail';

describeOnEveryStore('a subscriber that leaves while its unit is quiet', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
    await recordWorkedExample(app);
    await app.caughtUp();
  });
  afterAll(async () => app.close());

  it('is off the tail as soon as it unsubscribes, with no event to wake it', async () => {
    const screens = [follow(app, { unitId: 'el-hajeb' }), follow(app, { unitId: 'pam' })];
    await subscribersRegistered(app, 2);
    screens[0]!.unsubscribe();
    const tail = app.app.get(LogTail);
    await until(() => tail.subscriberCount === 1, 5_000, () => `${tail.subscriberCount} subscribers still on the tail`);
    screens[1]!.unsubscribe();
    await until(() => tail.subscriberCount === 0, 5_000, () => `${tail.subscriberCount} subscribers still on the tail`);
  });

  it('ends a pull that was waiting for the next event when the feed is returned', async () => {
    const feed = app.app.get(LiveFeed).subscribe({ unitPath: '/pam', includeDescendants: true, eventTypes: new Set() }, null);
    const waiting = feed.next();
    await subscribersRegistered(app, 1);
    await feed.return(undefined);
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(app.app.get(LogTail).subscriberCount).toBe(0);
  });
});
