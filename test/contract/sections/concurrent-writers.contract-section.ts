import type { RecordedEvent } from '../../../src/events/envelope';
import type { ExpectedRevision } from '../../../src/infrastructure/event-store/event-store.port';
import type { ContractContext } from '../event-store.contract';
import { someEvents, withTimeout } from './events.fixture';

const WRITERS = 8;
const EVENTS_PER_WRITER = 2000;
const STREAMS_PER_WRITER = 5;

/** Deterministic batch sizes 1..20, different for every writer. */
const batchSizes = (writer: number, total: number): number[] => {
  const sizes: number[] = [];
  let seed = writer * 7919 + 17;
  for (let left = total; left > 0; ) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const size = Math.min(left, 1 + (seed % 20));
    sizes.push(size);
    left -= size;
  }
  return sizes;
};

export const concurrentWritersContract = ({ store, options }: ContractContext): void => {
  describe('concurrent writers', () => {
    const title = 'delivers every event of 8 concurrent writers to a live subscriber exactly once, in dense increasing order';
    it(title, async () => {
      const total = WRITERS * EVENTS_PER_WRITER;
      const subscription = store().subscribeAll();
      const received: RecordedEvent[] = [];
      const consuming = (async () => {
        for await (const event of subscription) {
          received.push(event);
          if (received.length === total) break;
        }
      })();

      const written = new Set<string>();
      const writer = async (index: number): Promise<void> => {
        const expected = new Map<string, ExpectedRevision>();
        let batchNumber = 0;
        for (const size of batchSizes(index, EVENTS_PER_WRITER)) {
          const streamId = `meeting-w${index}s${batchNumber++ % STREAMS_PER_WRITER}`;
          const batch = someEvents(size, { metadata: { unitPath: `/pam/w${index}` } });
          batch.forEach((event) => written.add(event.id));
          const result = await store().append(streamId, batch, expected.get(streamId) ?? 'noStream');
          expected.set(streamId, result.nextExpectedRevision);
        }
      };
      await Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
      const seenWhileWriting = received.length;
      await withTimeout(consuming, 20_000, `subscriber saw ${received.length}/${total} events`);

      expect(seenWhileWriting).toBeGreaterThan(0);
      expect(received).toHaveLength(total);
      expect(new Set(received.map((event) => event.id))).toEqual(written);
      if (options.densePositions) {
        const positions = received.map((event) => BigInt(event.position));
        const first = positions[0]!;
        const dense = positions.every((position, index) => position === first + BigInt(index));
        expect(dense).toBe(true);
      } else {
        const increasing = received.every(
          (event, index) => index === 0 || store().comparePositions(received[index - 1]!.position, event.position) < 0,
        );
        expect(increasing).toBe(true);
      }
      expect(received.at(-1)?.position).toBe(await store().headPosition());
      const lastRevision = new Map<string, number>();
      const inStreamOrder = received.every((event) => {
        const ok = event.revision === (lastRevision.get(event.streamId) ?? -1) + 1;
        lastRevision.set(event.streamId, event.revision);
        return ok;
      });
      expect(inStreamOrder).toBe(true);
    });
  });
};
