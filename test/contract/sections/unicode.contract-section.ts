import type { RecordedEvent } from '../../../src/events/envelope';
import type { ContractContext } from '../event-store.contract';
import { anEvent, iteratorOf, takeEvents } from './events.fixture';

const HEADLINE = 'عقدت الأمانة العامة الإقليمية لحزب الأصالةوالمعاصرة بإقليم الحاجب';

const payload = {
  summary: { ar: HEADLINE, fr: 'Réunion à Fès', en: 'Meeting in Fès' },
  names: ['مُحَمَّد', 'Fès', 'Fe\u0300s', 'F\u00e8s'],
  marks: '\u200Fالحاجب\u200E El Hajeb \u200F(2021)',
  emoji: '🇲🇦 👍🏽 👨‍👩‍👧',
  'مفتاح عربي': 'قيمة',
  escapes: 'quote " backslash \\ tab \t newline \n nul \u0000 end',
};

const bytes = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

export const unicodeContract = ({ store }: ContractContext): void => {
  describe('Arabic and mixed-script text', () => {
    const event = anEvent({
      data: payload,
      metadata: { actor: 'مُحَمَّد العلوي\u200F', correlationId: 'corr-🇲🇦', unitPath: '/pam/فاس-مكناس/الحاجب' },
    });

    const expectByteForByte = (read: RecordedEvent | undefined): void => {
      expect(bytes(read?.data).equals(bytes(payload))).toBe(true);
      for (const field of ['actor', 'correlationId', 'unitPath'] as const) {
        expect(Buffer.from(read?.metadata[field] ?? '').equals(Buffer.from(event.metadata[field]))).toBe(true);
      }
    };

    it('comes back byte for byte from readStream, readAll and subscribeAll', async () => {
      await store().append('meeting-الحاجب', [event], 'noStream');

      expectByteForByte((await store().readStream('meeting-الحاجب'))[0]);
      expectByteForByte((await store().readAll()).events[0]);
      const subscription = store().subscribeAll();
      expectByteForByte((await takeEvents(iteratorOf(subscription), 1))[0]);
      await subscription.close();
    });

    it('filters on an Arabic unit path and stream category', async () => {
      await store().append('meeting-1', [event], 'noStream');
      await store().append('meeting-2', [anEvent({ metadata: { unitPath: '/pam/فاس-مكناسX' } })], 'noStream');

      const found = await store().readAll({ filter: { unitPathPrefix: '/pam/فاس-مكناس', categories: ['meeting'] } });

      expect(found.events.map((read) => read.id)).toEqual([event.id]);
    });
  });
};
