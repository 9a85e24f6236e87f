import { DuplicateEventIdError } from '../../../src/infrastructure/event-store/event-store.errors';
import type { ContractContext } from '../event-store.contract';
import { anEvent, someEvents } from './events.fixture';

export const idempotencyContract = ({ store, options }: ContractContext): void => {
  describe('event id idempotency', () => {
    const acrossStreams = options.eventIdsUniqueAcrossStreams ? it : it.skip;
    it('returns the original result for a replayed append and writes nothing', async () => {
      const batch = someEvents(3);
      const original = await store().append('meeting-1', batch, 'noStream');
      await store().append('meeting-2', someEvents(2), 'noStream');
      const headBefore = await store().headPosition();

      const replayed = await store().append('meeting-1', batch, 'any');

      expect(replayed).toEqual(original);
      expect(await store().headPosition()).toBe(headBefore);
      expect(await store().readStream('meeting-1')).toHaveLength(3);
    });

    it('returns the original result even when the replay carries a now-stale expectation', async () => {
      const batch = someEvents(2);
      const original = await store().append('meeting-1', batch, 'noStream');
      await store().append('meeting-1', [anEvent()], original.nextExpectedRevision);
      const headBefore = await store().headPosition();

      expect(await store().append('meeting-1', batch, 'noStream')).toEqual(original);
      expect(await store().append('meeting-1', batch, 0)).toEqual(original);
      expect(await store().headPosition()).toBe(headBefore);
    });

    it('refuses a batch that only partly repeats stored ids, writing none of it', async () => {
      const [stored, fresh] = [anEvent(), anEvent()];
      await store().append('meeting-1', [stored], 'noStream');
      const headBefore = await store().headPosition();

      const failure = store().append('meeting-1', [stored, fresh], 'any');

      await expect(failure).rejects.toBeInstanceOf(DuplicateEventIdError);
      await expect(failure).rejects.toMatchObject({ streamId: 'meeting-1', eventId: stored.id });
      expect(await store().headPosition()).toBe(headBefore);
    });

    acrossStreams('refuses an id already stored in another stream', async () => {
      const event = anEvent();
      await store().append('meeting-1', [event], 'noStream');

      await expect(store().append('meeting-2', [event], 'noStream')).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await store().readStream('meeting-2')).toEqual([]);
    });

    it('refuses a batch that repeats an id within itself', async () => {
      const event = anEvent();
      await expect(store().append('meeting-1', [event, event], 'noStream')).rejects.toBeInstanceOf(
        DuplicateEventIdError,
      );
      expect(await store().headPosition()).toBeNull();
    });

    it('writes two identical concurrent appends once and gives both callers the same result', async () => {
      const batch = someEvents(4);

      const results = await Promise.all([1, 2, 3, 4].map(() => store().append('meeting-1', batch, 'noStream')));

      expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
      expect(await store().readStream('meeting-1')).toHaveLength(4);
      expect(await store().headPosition()).toBe(results[0]!.position);
    });

    acrossStreams('lets exactly one of two concurrent appends of the same id to different streams win', async () => {
      const event = anEvent();

      const outcomes = await Promise.allSettled([
        store().append('meeting-1', [event], 'any'),
        store().append('meeting-2', [event], 'any'),
      ]);

      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const [rejected] = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventIdError);
      expect((await store().readAll()).events).toHaveLength(1);
    });
  });
};
