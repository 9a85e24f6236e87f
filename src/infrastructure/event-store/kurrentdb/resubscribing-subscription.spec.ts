import { LOG, fakeSource, settledWithin, subscribe, take, type Item } from './testing/fake-subscription-source';

describe('ResubscribingSubscription', () => {
  it('survives sources that fail mid-way, resuming after the last delivered item, never repeating or skipping', async () => {
    const source = fakeSource([{ failAfter: 3 }, { failAfter: 0 }, { failAfter: 2 }, { failAfter: 4 }, {}]);
    const { subscription } = subscribe(source, { after: null });

    expect(await take(subscription, 10)).toEqual(LOG.map((item) => item.id));
    expect(source.opens).toEqual([null, '3', '3', '5', '9']);
    await subscription.close();
  });

  it('starts after the cursor it was given', async () => {
    const source = fakeSource([{ failAfter: 1 }, {}]);
    const { subscription } = subscribe(source, { after: '6' });

    expect(await take(subscription, 4)).toEqual(['e7', 'e8', 'e9', 'e10']);
    expect(source.opens).toEqual(['6', '7']);
    await subscription.close();
  });

  it('drops what a reconnected source resends at or before the last delivered position', async () => {
    const source = fakeSource([{ failAfter: 4 }, { inclusive: true, failAfter: 3 }, { inclusive: true }]);
    const { subscription } = subscribe(source);

    expect(await take(subscription, 10)).toEqual(LOG.map((item) => item.id));
    expect(source.opens).toEqual([null, '4', '6']);
    await subscription.close();
  });

  it('resumes after items it passed over, not only after those it delivered', async () => {
    const source = fakeSource([{ failAfter: 5 }, {}]);
    const even = (item: Item): string | null => (Number(item.position) % 2 === 0 ? item.id : null);
    const { subscription } = subscribe(source, { select: even });

    expect(await take(subscription, 5)).toEqual(['e2', 'e4', 'e6', 'e8', 'e10']);
    expect(source.opens).toEqual([null, '5']);
    expect(subscription.position).toBe('10');
    await subscription.close();
  });

  it('backs off exponentially up to its cap, and starts over once items flow again', async () => {
    const source = fakeSource([{ failAfter: 0 }, { failAfter: 0 }, { failAfter: 0 }, { failAfter: 0 }, { failAfter: 0 }, { failAfter: 1 }, {}]);
    const { subscription, retries } = subscribe(source);

    expect(await take(subscription, 3)).toEqual(['e1', 'e2', 'e3']);
    expect(retries).toEqual([[1, 1], [2, 2], [3, 4], [4, 8], [5, 8], [1, 1]]);
    await subscription.close();
  });

  it('treats a source that ends by itself as a dropped connection', async () => {
    const source = fakeSource([{ end: true }, {}]);
    const { subscription, retries } = subscribe(source, { after: '8' });

    expect(await take(subscription, 2)).toEqual(['e9', 'e10']);
    const waiting = subscription.next();
    expect(await settledWithin(waiting, 30)).toBe('pending');
    expect(source.opens).toEqual(['8', '10']);
    expect(retries).toHaveLength(1);
    await subscription.close();
    expect(await waiting).toEqual({ done: true, value: undefined });
  });
});
