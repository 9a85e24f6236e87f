import { InvalidCursorError } from '../../../src/infrastructure/event-store/event-store.errors';
import type { LogFilter } from '../../../src/infrastructure/event-store/event-store.port';
import type { ContractContext } from '../event-store.contract';
import { anEvent, readWholeLog, someEvents } from './events.fixture';

export const readAllContract = ({ store }: ContractContext): void => {
  describe('readAll', () => {
    it('answers an empty log with no events, a null cursor and the end', async () => {
      expect(await store().readAll()).toEqual({ events: [], nextCursor: null, isEnd: true });
      expect(await store().headPosition()).toBeNull();
    });

    it('pages through the log in position order with after and limit', async () => {
      for (let index = 0; index < 7; index += 1) await store().append(`member-${index % 3}`, [anEvent()], 'any');
      const all = await readWholeLog(store());

      const first = await store().readAll({ limit: 3 });
      const second = await store().readAll({ after: first.nextCursor, limit: 3 });
      const third = await store().readAll({ after: second.nextCursor, limit: 3 });

      expect([first.isEnd, second.isEnd, third.isEnd]).toEqual([false, false, true]);
      expect([...first.events, ...second.events, ...third.events]).toEqual(all);
      expect(first.nextCursor).toBe(first.events[2]?.position);
      expect(third.nextCursor).toBe(await store().headPosition());
      for (let index = 1; index < all.length; index += 1) {
        expect(store().comparePositions(all[index - 1]!.position, all[index]!.position)).toBeLessThan(0);
      }
      expect(await store().readAll({ after: third.nextCursor })).toEqual({
        events: [],
        nextCursor: third.nextCursor,
        isEnd: true,
      });
    });

    it('orders positions numerically and reports the head', async () => {
      const results = [];
      for (let index = 0; index < 12; index += 1) results.push(await store().append('member-1', [anEvent()], 'any'));
      const [ninth, tenth] = [results[8]!.position, results[9]!.position];

      expect(store().comparePositions(ninth, tenth)).toBeLessThan(0);
      expect(store().comparePositions(tenth, ninth)).toBeGreaterThan(0);
      expect(store().comparePositions(tenth, tenth)).toBe(0);
      expect(await store().headPosition()).toBe(results[11]!.position);
    });

    describe('filters', () => {
      const seeded: ReadonlyArray<readonly [streamId: string, type: string, unitPath: string]> = [
        ['meeting-1', 'MeetingHeld', '/pam/fes'],
        ['meeting-2', 'MeetingHeld', '/pam/fes/x'],
        ['meeting-3', 'MeetingHeld', '/pam/fes2'],
        ['resolution-1', 'ResolutionAdopted', '/pam/fes/x/y'],
        ['member-1', 'MemberJoined', '/pam/FES'],
        ['member-2', 'MemberJoined', '/pam/f_s'],
        ['orgUnit-1', 'OrgUnitEstablished', '/pam'],
      ];
      beforeEach(async () => {
        for (const [streamId, type, unitPath] of seeded) {
          await store().append(streamId, [anEvent({ type, metadata: { unitPath } })], 'any');
        }
      });

      const streamsOf = async (filter: LogFilter): Promise<string[]> =>
        (await store().readAll({ filter })).events.map((event) => event.streamId);

      it('keeps only the listed types', async () => {
        const found = await streamsOf({ types: ['MemberJoined', 'OrgUnitEstablished'] });
        expect(found).toEqual(['member-1', 'member-2', 'orgUnit-1']);
      });

      it('keeps only the listed stream categories', async () => {
        expect(await streamsOf({ categories: ['resolution', 'orgUnit'] })).toEqual(['resolution-1', 'orgUnit-1']);
      });

      it('keeps a unit and its descendants, not a sibling that shares the prefix', async () => {
        expect(await streamsOf({ unitPathPrefix: '/pam/fes' })).toEqual(['meeting-1', 'meeting-2', 'resolution-1']);
        expect(await streamsOf({ unitPathPrefix: '/pam/fes/' })).toEqual(['meeting-1', 'meeting-2', 'resolution-1']);
        expect(await streamsOf({ unitPathPrefix: '/pam/fes/x' })).toEqual(['meeting-2', 'resolution-1']);
        expect(await streamsOf({ unitPathPrefix: '/pam' })).toHaveLength(7);
      });

      it('treats wildcard characters in the unit path literally and case matters', async () => {
        expect(await streamsOf({ unitPathPrefix: '/pam/f_s' })).toEqual(['member-2']);
        expect(await streamsOf({ unitPathPrefix: '/pam/%' })).toEqual([]);
        expect(await streamsOf({ unitPathPrefix: '/pam/FES' })).toEqual(['member-1']);
      });

      it('requires every present criterion to match', async () => {
        const filter = {
          types: ['MeetingHeld', 'ResolutionAdopted'],
          categories: ['meeting', 'resolution'],
          unitPathPrefix: '/pam/fes/x',
        };
        expect(await streamsOf(filter)).toEqual(['meeting-2', 'resolution-1']);
        expect(await streamsOf({ types: ['MeetingHeld'], categories: ['resolution'] })).toEqual([]);
      });

      it('moves the cursor past filtered-out events so a sparse filter never rescans them', async () => {
        const head = await store().headPosition();
        const sparse = await store().readAll({ filter: { types: ['ResolutionAdopted'] } });
        expect(sparse).toMatchObject({ isEnd: true, nextCursor: head });
        expect(sparse.events.map((event) => event.streamId)).toEqual(['resolution-1']);

        const firstPage = await store().readAll({ filter: { types: ['MeetingHeld'] }, limit: 2 });
        expect(firstPage.isEnd).toBe(false);
        expect(firstPage.nextCursor).toBe(firstPage.events[1]?.position);

        await store().append('member-3', someEvents(2, { type: 'MemberLeft' }), 'any');
        const later = await store().readAll({ after: sparse.nextCursor, filter: { types: ['ResolutionAdopted'] } });
        expect(later).toEqual({ events: [], nextCursor: await store().headPosition(), isEnd: true });
      });
    });

    it.each(['abc', '-1', '1.5', '01', '', ' 1', '99999999999999999999'])(
      'refuses the malformed cursor %p with an InvalidCursorError',
      async (cursor) => {
        await expect(store().readAll({ after: cursor })).rejects.toBeInstanceOf(InvalidCursorError);
        expect(() => store().comparePositions(cursor, cursor)).toThrow(InvalidCursorError);
      },
    );
  });
};
