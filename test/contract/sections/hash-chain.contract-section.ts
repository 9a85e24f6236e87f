import type { RecordedEvent } from '../../../src/events/envelope';
import { ConcurrencyError } from '../../../src/infrastructure/event-store/event-store.errors';
import type { ExpectedRevision } from '../../../src/infrastructure/event-store/event-store.port';
import { takeAnchor } from '../../../src/infrastructure/event-store/integrity/anchor-writer';
import { GENESIS_HASH, sealOf } from '../../../src/infrastructure/event-store/integrity/event-seal';
import { verifyIntegrity } from '../../../src/modules/audit/verify-integrity/verify-integrity';
import type { ContractContext } from '../event-store.contract';
import { anEvent, readWholeLog, someEvents } from './events.fixture';

/** Every event names its predecessor's hash and its own hash recomputes from its content. */
const chainHolds = (events: readonly RecordedEvent[]): boolean =>
  events.every(
    (event, index) =>
      event.revision === index &&
      event.metadata.previousHash === (index === 0 ? GENESIS_HASH : events[index - 1]!.metadata.hash) &&
      event.metadata.hash === sealOf(event, event.metadata.previousHash!),
  );

export const hashChainContract = ({ store, now }: ContractContext): void => {
  describe('hash chain', () => {
    it('seals every event on the hash of the one before it in its stream, from the genesis value at revision 0', async () => {
      await store().append('meeting-1', someEvents(2), 'noStream');
      await store().append('meeting-1', someEvents(3), 1);

      const events = await store().readStream('meeting-1');

      expect(events[0]!.metadata.previousHash).toBe(GENESIS_HASH);
      expect(events.every((event) => /^[0-9a-f]{64}$/.test(event.metadata.hash ?? ''))).toBe(true);
      expect(chainHolds(events)).toBe(true);
    });

    it('keeps the chains of streams interleaved in the log apart', async () => {
      for (let round = 0; round < 3; round += 1) {
        await store().append('meeting-1', someEvents(1), 'any');
        await store().append('resolution-1', someEvents(2), 'any');
      }
      expect(chainHolds(await store().readStream('meeting-1'))).toBe(true);
      expect(chainHolds(await store().readStream('resolution-1'))).toBe(true);
    });

    it('seals Arabic text as written, so the stored event recomputes to its hash', async () => {
      const summary = 'عقدت الأمانة الإقليمية لحزب الأصالة والمعاصرة بجهة فاس مكناس اجتماعا بالحاجب';
      await store().append('meeting-1', [anEvent({ data: { summary: { ar: summary } } })], 'noStream');

      const [event] = await store().readStream('meeting-1');

      expect(Buffer.from((event!.data as { summary: { ar: string } }).summary.ar).equals(Buffer.from(summary))).toBe(true);
      expect(event!.metadata.hash).toBe(sealOf(event!, GENESIS_HASH));
    });

    it('ignores a hash, previousHash or recordedAt the writer sends', async () => {
      const forged = anEvent({ metadata: { hash: 'f'.repeat(64), previousHash: 'e'.repeat(64), recordedAt: '1999-01-01T00:00:00.000Z' } as never });
      await store().append('meeting-1', [forged], 'noStream');

      const [event] = await store().readStream('meeting-1');

      expect(event!.metadata).toMatchObject({ previousHash: GENESIS_HASH, recordedAt: now.toISOString() });
      expect(event!.metadata.hash).toBe(sealOf(event!, GENESIS_HASH));
    });

    it('leaves the chain as it was after a replayed append, and continues it from there', async () => {
      const batch = someEvents(2);
      await store().append('meeting-1', batch, 'noStream');
      await store().append('meeting-1', batch, 'any');
      await store().append('meeting-1', someEvents(1), 'any');

      const events = await store().readStream('meeting-1');
      expect(events).toHaveLength(3);
      expect(chainHolds(events)).toBe(true);
    });

    it('keeps every chain whole while 8 writers race on the same streams', async () => {
      let written = 0;
      const writer = async (index: number): Promise<void> => {
        for (let append = 0; append < 25; append += 1) {
          const streamId = `meeting-shared${append % 3}`;
          const batch = someEvents(1 + ((index + append) % 3));
          // Half the writers say "any"; the others expect the revision they read and retry on a conflict, as the command runner does.
          for (;;) {
            const expected: ExpectedRevision = index % 2 === 0 ? 'any' : (await store().readStream(streamId, { direction: 'backwards', limit: 1 }))[0]?.revision ?? 'noStream';
            try {
              await store().append(streamId, batch, expected);
              written += batch.length;
              break;
            } catch (error) {
              if (!(error instanceof ConcurrencyError) || expected === 'any') throw error;
            }
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, (_, index) => writer(index)));

      for (const streamId of ['meeting-shared0', 'meeting-shared1', 'meeting-shared2']) {
        expect(chainHolds(await store().readStream(streamId))).toBe(true);
      }
      const report = await verifyIntegrity(store());
      expect(report).toMatchObject({ clean: true, eventsChecked: written, brokenLinks: 0, unsealedEvents: 0 });
    });

    it('takes log anchors through the port that verification then finds clean', async () => {
      await store().append('meeting-1', someEvents(3), 'noStream');
      const first = await takeAnchor(store(), { actor: 'auditor', now });
      await store().append('resolution-1', someEvents(2), 'noStream');
      const second = await takeAnchor(store(), { actor: 'auditor', now });
      await store().append('meeting-1', someEvents(1), 2);

      const log = await readWholeLog(store());
      const report = await verifyIntegrity(store(), { keptAnchorHash: first!.data!.anchorHash });

      expect(first!.data).toMatchObject({ eventCount: 3, fromPosition: log[0]!.position, toPosition: log[2]!.position });
      // The second covers the first anchor's own event too.
      expect(second!.data).toMatchObject({ eventCount: 3, previousAnchorHash: first!.data!.anchorHash });
      expect(report).toMatchObject({ clean: true, anchorsChecked: 2, brokenAnchors: 0, eventsAfterLastAnchor: 2, lastAnchorHash: second!.data!.anchorHash });
    });

    it('takes no anchor when nothing but anchors came since the last one', async () => {
      await store().append('meeting-1', someEvents(1), 'noStream');
      expect(await takeAnchor(store(), { actor: 'auditor', now })).not.toBeNull();
      expect(await takeAnchor(store(), { actor: 'auditor', now })).toBeNull();
      expect(await takeAnchor(store(), { actor: 'auditor', now, minEvents: 5 })).toBeNull();
    });
  });
};
