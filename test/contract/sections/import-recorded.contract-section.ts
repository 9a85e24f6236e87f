import type { RecordedEvent } from '../../../src/events/envelope';
import type { ImportedEvent } from '../../../src/infrastructure/event-store/event-store.port';
import { EMPTY_CHAIN } from '../../../src/infrastructure/event-store/integrity/chain-link';
import { sealBatch, sealOf } from '../../../src/infrastructure/event-store/integrity/event-seal';
import { ImportRefusedError } from '../../../src/infrastructure/event-store/integrity/import-check';
import { verifyIntegrity } from '../../../src/modules/audit/verify-integrity/verify-integrity';
import type { ContractContext } from '../event-store.contract';
import { readWholeLog, someEvents } from './events.fixture';

const RECORDED_ELSEWHERE = '2020-01-02T03:04:05.678Z';

/** A log recorded by another store: two streams interleaved, with another store's positions. */
const exported = (): ImportedEvent[] => {
  const meeting = sealBatch('meeting-1', someEvents(3), EMPTY_CHAIN, RECORDED_ELSEWHERE);
  const resolution = sealBatch('resolution-1', someEvents(2), EMPTY_CHAIN, RECORDED_ELSEWHERE);
  return [meeting[0], resolution[0], meeting[1], resolution[1], meeting[2]].map((event, index) => ({ ...event!, position: `${index + 700}` }));
};

const withoutPosition = ({ position: _, ...event }: ImportedEvent | RecordedEvent) => event;

export const importRecordedContract = ({ store }: ContractContext): void => {
  describe('importRecorded', () => {
    it('writes envelopes verbatim, in the order given, at positions of its own', async () => {
      const source = exported();

      const result = await store().importRecorded(source, { continuesAfter: null });
      const log = await readWholeLog(store());

      expect(result.imported).toBe(5);
      expect(log.map(withoutPosition)).toEqual(source.map(withoutPosition));
      expect(result.position).toBe(log.at(-1)!.position);
      expect(log.every((event, index) => index === 0 || store().comparePositions(log[index - 1]!.position, event.position) < 0)).toBe(true);
      expect(await verifyIntegrity(store())).toMatchObject({ clean: true, eventsChecked: 5 });
    });

    it('lets appends continue the imported chains', async () => {
      await store().importRecorded(exported(), { continuesAfter: null });

      await store().append('meeting-1', someEvents(1), 2);

      const events = await store().readStream('meeting-1');
      expect(events[3]!.metadata.previousHash).toBe(events[2]!.metadata.hash);
      expect(events[3]!.metadata.hash).toBe(sealOf(events[3]!, events[2]!.metadata.hash!));
    });

    it('continues an interrupted import after the last event it imported', async () => {
      const source = exported();
      await store().importRecorded(source.slice(0, 2), { continuesAfter: null });

      await store().importRecorded(source.slice(2), { continuesAfter: source[1]!.id });

      expect((await readWholeLog(store())).map((event) => event.id)).toEqual(source.map((event) => event.id));
    });

    it('refuses a store that does not end where the import expects, writing nothing', async () => {
      const source = exported();
      await store().append('member-1', someEvents(1), 'noStream');
      const head = await store().headPosition();

      await expect(store().importRecorded(source, { continuesAfter: null })).rejects.toBeInstanceOf(ImportRefusedError);
      await expect(store().importRecorded(source, { continuesAfter: source[0]!.id })).rejects.toBeInstanceOf(ImportRefusedError);
      expect(await store().headPosition()).toBe(head);
    });

    it('refuses a batch with an altered event, naming it and writing nothing of the batch', async () => {
      const source = exported();
      const altered = { ...source[2]!, data: { kind: 'SECRETARIAT', attendees: 13 } };

      const failure = store().importRecorded([source[0]!, source[1]!, altered, ...source.slice(3)], { continuesAfter: null });

      await expect(failure).rejects.toMatchObject({ code: 'EVENT_STORE.IMPORT_REFUSED', eventId: altered.id, problem: { kind: 'HASH_MISMATCH' } });
      expect(await store().headPosition()).toBeNull();
    });

    it('refuses a batch that leaves out an event of a stream', async () => {
      const source = exported();
      await expect(store().importRecorded([source[0]!, source[1]!, source[4]!], { continuesAfter: null })).rejects.toMatchObject({
        problem: { kind: 'REVISION_GAP' },
      });
      expect(await store().headPosition()).toBeNull();
    });
  });
};
