import type { ContractContext } from '../event-store.contract';
import { anEvent, iteratorOf, settledWithin, someEvents, takeEvents } from './events.fixture';

export const subscribeAllContract = ({ store }: ContractContext): void => {
  describe('subscribeAll', () => {
    it('catches up from a cursor, then delivers live events in order', async () => {
      const history = someEvents(5);
      for (const event of history) await store().append('meeting-1', [event], 'any');
      const cursor = (await store().readAll({ limit: 2 })).nextCursor;
      const subscription = store().subscribeAll({ after: cursor });
      const iterator = iteratorOf(subscription);

      const caughtUp = await takeEvents(iterator, 3);
      const live = someEvents(3);
      const liveSoon = takeEvents(iterator, 3);
      await store().append('meeting-2', live.slice(0, 2), 'noStream');
      await store().append('meeting-1', live.slice(2), 'any');

      expect(caughtUp.map((event) => event.id)).toEqual(history.slice(2).map((event) => event.id));
      expect((await liveSoon).map((event) => event.id)).toEqual(live.map((event) => event.id));
      expect(await settledWithin(iterator.next(), 300)).toBe('pending');
      await subscription.close();
    });

    it('delivers only the events its filter keeps', async () => {
      const subscription = store().subscribeAll({ filter: { categories: ['resolution'], unitPathPrefix: '/pam/fes' } });
      const iterator = iteratorOf(subscription);
      const wanted = [
        anEvent({ metadata: { unitPath: '/pam/fes' } }),
        anEvent({ metadata: { unitPath: '/pam/fes/el-hajeb' } }),
      ];

      await store().append('resolution-1', [wanted[0]!], 'any');
      await store().append('resolution-2', [anEvent({ metadata: { unitPath: '/pam/fes2' } })], 'any');
      await store().append('meeting-1', [anEvent({ metadata: { unitPath: '/pam/fes' } })], 'any');
      await store().append('resolution-3', [wanted[1]!], 'any');

      expect((await takeEvents(iterator, 2)).map((event) => event.id)).toEqual(wanted.map((event) => event.id));
      await subscription.close();
    });

    it('ends an iteration that is waiting for events when close() is called', async () => {
      const subscription = store().subscribeAll();
      const iterator = iteratorOf(subscription);
      const waiting = iterator.next();
      expect(await settledWithin(waiting, 100)).toBe('pending');

      await subscription.close();

      expect(await waiting).toEqual({ done: true, value: undefined });
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
    });

    it('ends when the consumer breaks out of for await', async () => {
      await store().append('meeting-1', someEvents(3), 'noStream');
      const subscription = store().subscribeAll();
      const seen: string[] = [];

      for await (const event of subscription) {
        seen.push(event.id);
        if (seen.length === 2) break;
      }

      expect(seen).toHaveLength(2);
      expect(await iteratorOf(subscription).next()).toEqual({ done: true, value: undefined });
    });

    it('ends every subscription when the store closes', async () => {
      const iterator = iteratorOf(store().subscribeAll());
      const waiting = iterator.next();
      expect(await settledWithin(waiting, 100)).toBe('pending');

      await store().close();

      expect(await waiting).toEqual({ done: true, value: undefined });
    });
  });
};
