import type { ReadStreamOptions } from '../../../src/infrastructure/event-store/event-store.port';
import type { ContractContext } from '../event-store.contract';
import { someEvents } from './events.fixture';

export const readStreamContract = ({ store }: ContractContext): void => {
  describe('readStream', () => {
    beforeEach(async () => {
      for (let round = 0; round < 5; round += 1) {
        await store().append('member-1', someEvents(1), 'any');
        await store().append('member-2', someEvents(1), 'any');
      }
    });

    const revisions = async (options?: ReadStreamOptions): Promise<number[]> =>
      (await store().readStream('member-1', options)).map((event) => event.revision);

    it('reads a whole stream forwards by default', async () => {
      expect(await revisions(undefined)).toEqual([0, 1, 2, 3, 4]);
      expect((await store().readStream('member-1')).every((event) => event.streamId === 'member-1')).toBe(true);
    });

    it('reads forwards from an inclusive revision, up to a limit', async () => {
      expect(await revisions({ fromRevision: 2 })).toEqual([2, 3, 4]);
      expect(await revisions({ fromRevision: 1, limit: 2 })).toEqual([1, 2]);
      expect(await revisions({ fromRevision: 9 })).toEqual([]);
    });

    it('reads backwards from the end or from an inclusive revision, up to a limit', async () => {
      expect(await revisions({ direction: 'backwards' })).toEqual([4, 3, 2, 1, 0]);
      expect(await revisions({ direction: 'backwards', fromRevision: 3, limit: 2 })).toEqual([3, 2]);
      expect(await revisions({ direction: 'backwards', limit: 1 })).toEqual([4]);
    });

    it('returns an empty list for an unknown stream', async () => {
      expect(await store().readStream('member-404')).toEqual([]);
      expect(await store().readStream('member-404', { direction: 'backwards' })).toEqual([]);
    });
  });
};
