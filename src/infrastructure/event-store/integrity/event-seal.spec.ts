import type { NewEvent } from '../../../events/envelope';
import { EMPTY_CHAIN } from './chain-link';
import { GENESIS_HASH, sealBatch, sealedContent, sealOf, sha256Hex, type StoredEnvelope } from './event-seal';

const RECORDED_AT = '2021-06-07T21:30:00.123Z';

const envelope: StoredEnvelope = {
  id: 'e-1',
  type: 'MeetingHeld',
  schemaVersion: 1,
  data: { z: [1, 'ب', null], summary: { ar: 'عقدت الأمانة' } },
  streamId: 'meeting-1',
  revision: 0,
  metadata: {
    unitPath: '/pam/fes-meknes/el-hajeb',
    actor: 'مُحَمَّد',
    correlationId: 'c-1',
    causationId: null,
    occurredAt: '2021-06-07T19:00:00.000Z',
    recordedAt: RECORDED_AT,
  },
};

// Written out by hand and hashed outside Node (printf '%s' … | sha256sum), so the rule is pinned, not merely self-consistent.
const CANONICAL =
  '{"data":{"summary":{"ar":"عقدت الأمانة"},"z":[1,"ب",null]},"id":"e-1","metadata":{"actor":"مُحَمَّد","causationId":null,' +
  '"correlationId":"c-1","occurredAt":"2021-06-07T19:00:00.000Z","recordedAt":"2021-06-07T21:30:00.123Z",' +
  '"unitPath":"/pam/fes-meknes/el-hajeb"},"previousHash":"0000000000000000000000000000000000000000000000000000000000000000",' +
  '"revision":0,"schemaVersion":1,"streamId":"meeting-1","type":"MeetingHeld"}';
const EXPECTED_HASH = '45440e865896cab985a448a9ba710f1d621439227eb8526eca8be693afc55c3a';

const newEvent = (overrides: Partial<NewEvent> = {}): NewEvent => ({
  id: 'e-1',
  type: 'MeetingHeld',
  schemaVersion: 1,
  data: envelope.data,
  metadata: { actor: 'مُحَمَّد', correlationId: 'c-1', causationId: null, occurredAt: '2021-06-07T19:00:00.000Z', unitPath: '/pam/fes-meknes/el-hajeb' },
  ...overrides,
});

describe('event seal', () => {
  it('hashes the documented canonical content, Arabic byte for byte', () => {
    expect(sealedContent(envelope, GENESIS_HASH)).toBe(CANONICAL);
    expect(sealOf(envelope, GENESIS_HASH)).toBe(EXPECTED_HASH);
  });

  it('changes when one byte of the content changes', () => {
    // 'ب' (D8 A8) and 'ة' (D8 A9) differ in one byte.
    const flipped = { ...envelope, data: { ...(envelope.data as object), z: [1, 'ة', null] } };
    expect(Buffer.from('ب').compare(Buffer.from('ة'))).not.toBe(0);
    expect(sealOf(flipped, GENESIS_HASH)).not.toBe(EXPECTED_HASH);
  });

  it('covers previousHash but not the position in the log', () => {
    expect(sealOf(envelope, sha256Hex('other'))).not.toBe(EXPECTED_HASH);
    expect(sealOf({ ...envelope, position: '99' } as StoredEnvelope, GENESIS_HASH)).toBe(EXPECTED_HASH);
  });

  it('seals a batch in turn, each event naming the one before it', () => {
    const [first, second] = sealBatch('meeting-1', [newEvent(), newEvent({ id: 'e-2' })], EMPTY_CHAIN, RECORDED_AT);

    expect(first!.metadata).toMatchObject({ previousHash: GENESIS_HASH, hash: EXPECTED_HASH, recordedAt: RECORDED_AT });
    expect(second!.revision).toBe(1);
    expect(second!.metadata.previousHash).toBe(EXPECTED_HASH);
    expect(second!.metadata.hash).toBe(sealOf(second!, EXPECTED_HASH));
  });

  it('continues after the stream end it is given', () => {
    const [event] = sealBatch('meeting-1', [newEvent()], { revision: 6, hash: 'f'.repeat(64) }, RECORDED_AT);
    expect(event).toMatchObject({ revision: 7, metadata: { previousHash: 'f'.repeat(64) } });
  });

  it('keeps named metadata only, so a writer cannot forge recordedAt or the chain', () => {
    const forged = { ...newEvent().metadata, recordedAt: '1999-01-01T00:00:00.000Z', hash: 'x', previousHash: 'y', admin: true } as never;
    const [event] = sealBatch('meeting-1', [newEvent({ metadata: forged })], EMPTY_CHAIN, RECORDED_AT);

    expect(event!.metadata).toEqual({ ...envelope.metadata, previousHash: GENESIS_HASH, hash: EXPECTED_HASH });
  });

  it('hashes data as its stored JSON reads back', () => {
    const [event] = sealBatch('meeting-1', [newEvent({ data: { when: new Date(RECORDED_AT), gone: undefined } })], EMPTY_CHAIN, RECORDED_AT);
    expect(event!.data).toEqual({ when: RECORDED_AT });
    expect(event!.metadata.hash).toBe(sealOf(JSON.parse(JSON.stringify(event)), GENESIS_HASH));
  });

  it.each([
    ['the documented event', {}],
    ['a causation id to escape', { metadata: { ...newEvent().metadata, causationId: 'cmd-"1"' } }],
    ['an absent actor, left out', { metadata: { ...newEvent().metadata, actor: undefined as unknown as string } }],
    ['keys written in any order', { data: { z: { y: 1, b: [{ d: 1, c: 2 }] }, a: 'ب' } }],
    ['integer-like keys', { data: { b: 1, 10: 2, 9: 3 } }],
  ])('seals %s with the hash of its documented canonical content', (_, overrides) => {
    const [event] = sealBatch('meeting-1', [newEvent(overrides)], EMPTY_CHAIN, RECORDED_AT);
    expect(event!.metadata.hash).toBe(sha256Hex(sealedContent(event!, GENESIS_HASH)));
  });
});
