import { fakeSource, settledWithin, subscribe } from './testing/fake-subscription-source';

describe('ResubscribingSubscription lifecycle', () => {
  it('ends a pending read, and every later one, when closed; the source is released', async () => {
    const source = fakeSource([{}]);
    const onClose = jest.fn();
    const { subscription } = subscribe(source, { after: '10', onClose });
    const waiting = subscription.next();
    expect(await settledWithin(waiting, 20)).toBe('pending');

    await subscription.close();
    await subscription.close();

    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(await subscription.next()).toEqual({ done: true, value: undefined });
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.returned).toEqual([0]);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('ends while waiting to retry, without opening the source again', async () => {
    const source = fakeSource([{ failAfter: 0 }]);
    const { subscription } = subscribe(source, { initialDelayMs: 60_000, maxDelayMs: 60_000 });
    const waiting = subscription.next();
    expect(await settledWithin(waiting, 20)).toBe('pending');

    await subscription.close();

    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(source.opens).toHaveLength(1);
  });

  it('ends with the error when the failure is fatal, or when an item cannot be mapped', async () => {
    const denied = new Error('access denied');
    const fatal = subscribe(fakeSource([{ failAfter: 1, error: denied }]), { isFatal: (error) => error === denied });
    expect(await fatal.subscription.next()).toEqual({ done: false, value: 'e1' });
    await expect(fatal.subscription.next()).rejects.toBe(denied);
    expect(await fatal.subscription.next()).toEqual({ done: true, value: undefined });

    const broken = subscribe(fakeSource([{}]), {
      select: (item) => {
        if (item.position === '2') throw new Error('not a Sijill event');
        return item.id;
      },
    });
    expect(await broken.subscription.next()).toEqual({ done: false, value: 'e1' });
    await expect(broken.subscription.next()).rejects.toThrow('not a Sijill event');
    expect(broken.retries).toEqual([]);
  });

  it('ends when the consumer breaks out of for await', async () => {
    const source = fakeSource([{}]);
    const { subscription } = subscribe(source);
    const seen: string[] = [];

    for await (const id of subscription) {
      seen.push(id);
      if (seen.length === 2) break;
    }

    expect(seen).toEqual(['e1', 'e2']);
    expect(await subscription.next()).toEqual({ done: true, value: undefined });
  });

  it('pulls from the source only as the consumer asks, and serves concurrent next() calls in order', async () => {
    const source = fakeSource([{}]);
    const { subscription } = subscribe(source);

    const results = await Promise.all([subscription.next(), subscription.next(), subscription.next()]);

    expect(results.map((result) => result.value)).toEqual(['e1', 'e2', 'e3']);
    expect(source.pulls()).toBe(3);
    await subscription.close();
  });
});
