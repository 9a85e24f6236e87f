import type { ContractContext } from '../event-store.contract';
import { anEvent, someEvents } from './events.fixture';

export const lifecycleContract = ({ store, fixture }: ContractContext): void => {
  describe('lifecycle', () => {
    it('answers ping while open', async () => {
      await expect(store().ping()).resolves.toBeUndefined();
    });

    it('waits for an in-flight append before closing', async () => {
      const event = anEvent();
      let appended = false;
      const appending = store()
        .append('meeting-1', [event], 'noStream')
        .then((result) => {
          appended = true;
          return result;
        });

      await store().close();

      expect(appended).toBe(true);
      const result = await appending;
      const reopened = await fixture().reopen();
      expect((await reopened.readStream('meeting-1')).map((read) => read.id)).toEqual([event.id]);
      expect(await reopened.headPosition()).toBe(result.position);
    });

    it('refuses work after close', async () => {
      await store().close();
      await expect(store().append('meeting-1', [anEvent()], 'any')).rejects.toThrow();
      await expect(store().ping()).rejects.toThrow();
      await expect(store().close()).resolves.toBeUndefined();
    });

    it('keeps the log when reopened, running its migrations again without harm', async () => {
      const written = await store().append('meeting-1', someEvents(3), 'noStream');
      await store().close();

      const reopened = await fixture().reopen();

      expect(await reopened.headPosition()).toBe(written.position);
      const next = await reopened.append('meeting-1', [anEvent()], written.nextExpectedRevision);
      expect(next.nextExpectedRevision).toBe(3);
    });
  });
};
