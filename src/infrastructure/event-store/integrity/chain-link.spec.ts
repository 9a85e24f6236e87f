import type { NewEvent } from '../../../events/envelope';
import { chainEndOf, checkLink, EMPTY_CHAIN, type ChainEnd } from './chain-link';
import { GENESIS_HASH, sealBatch, sealOf, type StoredEnvelope } from './event-seal';

const newEvent = (id: string, note = 'نص'): NewEvent => ({
  id,
  type: 'MeetingRecordCorrected',
  schemaVersion: 1,
  data: { note },
  metadata: { actor: 'a', correlationId: 'c', causationId: null, occurredAt: '2021-06-07T19:00:00.000Z', unitPath: '/pam' },
});

const stream = (count: number): StoredEnvelope[] =>
  sealBatch('meeting-1', Array.from({ length: count }, (_, index) => newEvent(`e-${index}`)), EMPTY_CHAIN, '2021-06-08T09:00:00.000Z');

const unsealed = (event: StoredEnvelope): StoredEnvelope => {
  const { hash: _h, previousHash: _p, ...metadata } = event.metadata;
  return { ...event, metadata };
};

/** Folds checkLink over a stream and returns the problems it reported. */
const problems = (events: readonly StoredEnvelope[]) => {
  let end: ChainEnd = EMPTY_CHAIN;
  return events.flatMap((event) => {
    const check = checkLink(end, event);
    end = check.next;
    return check.problem ? [{ revision: event.revision, ...check.problem }] : [];
  });
};

describe('the hash chain of a stream', () => {
  it('accepts a stream sealed by the store', () => {
    expect(problems(stream(4))).toEqual([]);
  });

  it('names the revision whose content changed, with the recomputed and the stored hash', () => {
    const events = stream(3);
    const tampered = { ...events[1]!, data: { note: 'نض' } };
    expect(problems([events[0]!, tampered, events[2]!])).toEqual([
      { revision: 1, kind: 'HASH_MISMATCH', expected: sealOf(tampered, events[0]!.metadata.hash!), found: events[1]!.metadata.hash },
    ]);
  });

  it('names the next revision when a forger also recomputed the altered event hash', () => {
    const events = stream(3);
    const altered = { ...events[1]!, data: { note: 'forged' } };
    const resealed = { ...altered, metadata: { ...altered.metadata, hash: sealOf(altered, altered.metadata.previousHash!) } };
    expect(problems([events[0]!, resealed, events[2]!])).toEqual([
      { revision: 2, kind: 'PREVIOUS_HASH_MISMATCH', expected: resealed.metadata.hash, found: events[1]!.metadata.hash },
    ]);
  });

  it('reports a missing event in the middle as a revision gap', () => {
    const events = stream(3);
    expect(problems([events[0]!, events[2]!])).toEqual([{ revision: 2, kind: 'REVISION_GAP', expected: '1', found: '2' }]);
  });

  it('passes events recorded before sealing as unsealed, chaining on hashes computed from their content', () => {
    const old = stream(2).map(unsealed);
    const end = chainEndOf(old);
    const [next] = sealBatch('meeting-1', [newEvent('e-2')], end, '2021-06-09T09:00:00.000Z');

    expect(end).toEqual({ revision: 1, hash: sealOf(old[1]!, sealOf(old[0]!, GENESIS_HASH)), sealed: false });
    expect(problems([...old, next!])).toEqual([]);
  });

  it('reports an unsealed event after a sealed one as a stripped seal', () => {
    const events = stream(2);
    expect(problems([events[0]!, unsealed(events[1]!)])).toEqual([{ revision: 1, kind: 'SEAL_MISSING', expected: 'a hash', found: 'none' }]);
  });

  it('reports one altered event once, not once for every event after it', () => {
    const events = stream(5);
    const tampered = { ...events[1]!, data: { note: 'x' } };
    expect(problems([events[0]!, tampered, ...events.slice(2)])).toHaveLength(1);
  });
});
