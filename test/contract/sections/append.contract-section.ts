import { ConcurrencyError } from '../../../src/infrastructure/event-store/event-store.errors';
import type { ExpectedRevision } from '../../../src/infrastructure/event-store/event-store.port';
import type { ContractContext } from '../event-store.contract';
import { anEvent, someEvents } from './events.fixture';

export const appendContract = ({ store, now }: ContractContext): void => {
  describe('append', () => {
    it('stores every envelope and metadata field, with recordedAt from the injected clock', async () => {
      const first = anEvent({
        type: 'MeetingHeld',
        schemaVersion: 2,
        data: { venue: { city: 'El Hajeb' }, agenda: ['a', 'b'], count: 0, unknown: null, ok: true },
        metadata: { actor: 'user-1', correlationId: 'corr-1', causationId: 'cause-1', unitPath: '/pam/fes-meknes' },
      });
      const second = anEvent({ type: 'ResolutionAdopted', metadata: { causationId: null } });

      const result = await store().append('meeting-42', [first, second], 'noStream');
      const [readFirst, readSecond] = await store().readStream('meeting-42');

      expect(result.nextExpectedRevision).toBe(1);
      expect(readSecond?.position).toBe(result.position);
      expect(readFirst).toEqual({
        id: first.id,
        type: 'MeetingHeld',
        schemaVersion: 2,
        data: first.data,
        streamId: 'meeting-42',
        revision: 0,
        position: expect.any(String),
        metadata: {
          actor: 'user-1',
          correlationId: 'corr-1',
          causationId: 'cause-1',
          occurredAt: first.metadata.occurredAt,
          recordedAt: now.toISOString(),
          unitPath: '/pam/fes-meknes',
          previousHash: '0'.repeat(64),
          hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      });
      expect(readSecond).toMatchObject({ id: second.id, revision: 1, metadata: { causationId: null } });
      expect(store().comparePositions(readFirst!.position, readSecond!.position)).toBeLessThan(0);
      expect((await store().readAll()).events).toEqual([readFirst, readSecond]);
    });

    it('sets recordedAt itself even when the writer sends one', async () => {
      const forged = anEvent({ metadata: { recordedAt: '1999-01-01T00:00:00.000Z' } as never });
      await store().append('member-1', [forged], 'any');
      const [read] = await store().readStream('member-1');
      expect(read?.metadata.recordedAt).toBe(now.toISOString());
    });

    it('refuses an empty batch with a plain error', async () => {
      const failure = store().append('member-1', [], 'any');
      await expect(failure).rejects.toThrow(Error);
      await expect(failure).rejects.not.toBeInstanceOf(ConcurrencyError);
      expect(await store().headPosition()).toBeNull();
    });

    describe('expected revision', () => {
      const accepted: Array<[string, ExpectedRevision, number]> = [
        ['any on a new stream', 'any', 0],
        ['any on an existing stream', 'any', 2],
        ['noStream on a new stream', 'noStream', 0],
        ['streamExists on an existing stream', 'streamExists', 2],
        ['the current revision', 1, 2],
      ];
      it.each(accepted)('accepts %s', async (_, expected, existing) => {
        if (existing > 0) await store().append('orgUnit-1', someEvents(existing), 'noStream');
        const result = await store().append('orgUnit-1', [anEvent()], expected);
        expect(result.nextExpectedRevision).toBe(existing);
      });

      const rejected: Array<[string, ExpectedRevision, number, number | 'noStream']> = [
        ['noStream on an existing stream', 'noStream', 2, 1],
        ['streamExists on a new stream', 'streamExists', 0, 'noStream'],
        ['a stale revision', 0, 2, 1],
        ['a revision from the future', 5, 2, 1],
        ['a revision on a new stream', 0, 0, 'noStream'],
      ];
      const rejects = 'rejects %s with a ConcurrencyError naming expected and actual';
      it.each(rejected)(rejects, async (_, expected, existing, actual) => {
        if (existing > 0) await store().append('orgUnit-1', someEvents(existing), 'noStream');
        const headBefore = await store().headPosition();

        const failure = store().append('orgUnit-1', [anEvent()], expected);

        await expect(failure).rejects.toBeInstanceOf(ConcurrencyError);
        await expect(failure).rejects.toMatchObject({ streamId: 'orgUnit-1', expected, actual });
        expect(await store().headPosition()).toBe(headBefore);
        expect(await store().readStream('orgUnit-1')).toHaveLength(existing);
      });
    });
  });
};
