import type { EventData } from '@kurrent/kurrentdb-client';
import type { NewEvent } from '../../../events/envelope';
import { EMPTY_CHAIN } from '../integrity/chain-link';
import { GENESIS_HASH, sealBatch, type StoredEnvelope } from '../integrity/event-seal';
import { toEventData, toRecordedEvent, toStoredMetadata, type StoredRecord } from './event.mapping';

const HEADLINE = 'عقدت الأمانة العامة الإقليمية لحزب الأصالةوالمعاصرة بإقليم الحاجب';
const payload = {
  summary: { ar: HEADLINE, fr: 'Réunion à Fès', en: 'Meeting in Fès' },
  names: ['مُحَمَّد', 'Fe\u0300s', 'F\u00e8s'],
  marks: '\u200Fالحاجب\u200E El Hajeb \u200F(2021)',
  emoji: '🇲🇦 👍🏽 👨‍👩‍👧',
  'مفتاح عربي': 'قيمة',
  escapes: 'quote " backslash \\ tab \t newline \n nul \u0000 end',
  nothing: null,
  count: 0,
};

const anEvent = (overrides: Partial<NewEvent> = {}): NewEvent => ({
  id: '7d5bd3f4-2f0e-4a55-9d0e-5b1c8f7d1a01',
  type: 'MeetingHeld',
  schemaVersion: 2,
  data: payload,
  metadata: {
    actor: 'مُحَمَّد العلوي\u200F',
    correlationId: 'corr-🇲🇦',
    causationId: 'cmd-1',
    occurredAt: '2021-06-07T19:00:00.000Z',
    unitPath: '/pam/فاس-مكناس/الحاجب',
  },
  ...overrides,
});

/** What the client does to data and metadata: JSON.stringify, UTF-8 bytes on the wire, JSON.parse on the way back. */
const overTheWire = (value: unknown): unknown => JSON.parse(Buffer.from(JSON.stringify(value), 'utf8').toString('utf8'));

const stored = (sent: EventData, streamName = 'meeting-الحاجب'): StoredRecord => ({
  streamId: streamName,
  id: sent.id,
  revision: 3n,
  type: sent.type,
  isJson: sent.contentType === 'application/json',
  data: overTheWire(sent.data),
  metadata: overTheWire(sent.metadata),
  position: { commit: 2n ** 60n + 7n, prepare: 2n ** 60n + 7n },
});

const RECORDED_AT = '2021-06-07T21:30:00.123Z';
/** The event as the store seals it at revision 0 of its stream. */
const sealed = (event: NewEvent, streamId = 'meeting-الحاجب'): StoredEnvelope => sealBatch(streamId, [event], EMPTY_CHAIN, RECORDED_AT)[0]!;
const bytes = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

describe('KurrentDB event mapping', () => {
  it('sends our id, our type, JSON data and the envelope as metadata', () => {
    const sent = toEventData(sealed(anEvent()));

    expect(sent).toMatchObject({ id: anEvent().id, type: 'MeetingHeld', contentType: 'application/json', data: payload });
    expect(sent.metadata).toEqual({
      actor: 'مُحَمَّد العلوي\u200F',
      $correlationId: 'corr-🇲🇦',
      $causationId: 'cmd-1',
      occurredAt: '2021-06-07T19:00:00.000Z',
      recordedAt: RECORDED_AT,
      unitPath: '/pam/فاس-مكناس/الحاجب',
      schemaVersion: 2,
      previousHash: GENESIS_HASH,
      hash: sealed(anEvent()).metadata.hash,
    });
  });

  it('round-trips every envelope field exactly', () => {
    const event = anEvent();
    const read = toRecordedEvent(stored(toEventData(sealed(event))), 'meeting-الحاجب');

    expect(read).toEqual({
      id: event.id,
      type: 'MeetingHeld',
      schemaVersion: 2,
      data: payload,
      streamId: 'meeting-الحاجب',
      revision: 3,
      position: `${2n ** 60n + 7n}:${2n ** 60n + 7n}`,
      metadata: { ...event.metadata, recordedAt: RECORDED_AT, previousHash: GENESIS_HASH, hash: sealed(event).metadata.hash },
    });
  });

  it('keeps Arabic and mixed-script text byte for byte', () => {
    const event = anEvent();
    const read = toRecordedEvent(stored(toEventData(sealed(event))), 'meeting-الحاجب');

    expect(bytes(read.data).equals(bytes(payload))).toBe(true);
    for (const field of ['actor', 'correlationId', 'unitPath'] as const) {
      expect(Buffer.from(read.metadata[field]).equals(Buffer.from(event.metadata[field]))).toBe(true);
    }
  });

  it('stores no causation for an event without a cause and reads it back as null', () => {
    const event = anEvent({ metadata: { ...anEvent().metadata, causationId: null } });
    const sent = toEventData(sealed(event));

    expect(sent.metadata).not.toHaveProperty('$causationId');
    expect(toRecordedEvent(stored(sent), 'meeting-1').metadata.causationId).toBeNull();
  });

  it('sends the named envelope fields only, whatever else the metadata carries', () => {
    const event = sealed(anEvent());
    const metadata = toStoredMetadata({ ...event, metadata: { ...event.metadata, admin: true } as never });

    expect(metadata).not.toHaveProperty('admin');
    expect(Object.keys(metadata).sort()).toEqual(
      ['$causationId', '$correlationId', 'actor', 'hash', 'occurredAt', 'previousHash', 'recordedAt', 'schemaVersion', 'unitPath'],
    );
  });

  it('reads an event recorded before sealing without hashes', () => {
    const { previousHash: _p, hash: _h, ...unsealed } = sealed(anEvent()).metadata;
    const read = toRecordedEvent(stored(toEventData({ ...sealed(anEvent()), metadata: unsealed })), 'meeting-1');

    expect(read.metadata).not.toHaveProperty('hash');
    expect(read.metadata).not.toHaveProperty('previousHash');
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'نص'],
    ['an array', [1, 'a', null]],
  ])('round-trips %s as data, and sends null for undefined data', (_, data) => {
    expect(toRecordedEvent(stored(toEventData(sealed(anEvent({ data })))), 'meeting-1').data).toEqual(data);
    expect(toEventData(sealed(anEvent({ data: undefined }))).data).toBeNull();
  });

  it('refuses to decode an event that is not a Sijill envelope', () => {
    const good = stored(toEventData(sealed(anEvent())));

    expect(() => toRecordedEvent({ ...good, isJson: false }, 'meeting-1')).toThrow(/not JSON/);
    expect(() => toRecordedEvent({ ...good, metadata: undefined }, 'meeting-1')).toThrow(/no Sijill envelope/);
    expect(() => toRecordedEvent({ ...good, metadata: { actor: 'x' } }, 'meeting-1')).toThrow(/no Sijill envelope/);
    const noVersion = { ...(good.metadata as object), schemaVersion: '2' };
    expect(() => toRecordedEvent({ ...good, metadata: noVersion }, 'meeting-1')).toThrow(/no Sijill envelope/);
  });

  it('says which server version it needs when a stream read carries no position', () => {
    const { position: _, ...withoutPosition } = stored(toEventData(sealed(anEvent())));
    expect(() => toRecordedEvent(withoutPosition, 'meeting-1')).toThrow(/22\.10 or later/);
  });
});
