import { ANY, NO_STREAM, STREAM_EXISTS } from '@kurrent/kurrentdb-client';
import type { NewEvent } from '../../../events/envelope';
import { ConcurrencyError } from '../event-store.errors';
import { EMPTY_CHAIN } from '../integrity/chain-link';
import { sealBatch } from '../integrity/event-seal';
import type { ExpectedRevision } from '../event-store.port';
import { firstRevisionOf, isOurBatch, pinExpectation, toAppendRequest } from './append.mapping';

const ids = ['0f8fad5b-d9cb-469f-a165-70867728950e', '7c9e6679-7425-40de-944b-e07fc1f90ae7'];
const written: NewEvent[] = ids.map((id) => ({
  id,
  type: 'OfficerAppointed',
  schemaVersion: 1,
  data: { position: 'SECRETARY_GENERAL' },
  metadata: { actor: 'u', correlationId: 'c', causationId: null, occurredAt: '2021-06-07T19:00:00.000Z', unitPath: '/pam' },
}));
const events = sealBatch('orgUnit-1', written, EMPTY_CHAIN, '2021-06-07T21:30:00.000Z');

describe('KurrentDB append mapping', () => {
  it.each<[ExpectedRevision, unknown]>([
    ['noStream', NO_STREAM],
    [0, 0n],
    [17, 17n],
    ['streamExists', STREAM_EXISTS],
  ])('sends the expected state the write side knows (%p as %p), never ANY in its place', (expected, state) => {
    const request = toAppendRequest('orgUnit-el-hajeb', events, expected);
    expect(request.streamState).toBe(state);
    expect(request.streamState).not.toBe(ANY);
  });

  it('sends ANY only when the writer itself says any', () => {
    expect(toAppendRequest('orgUnit-1', events, 'any').streamState).toBe(ANY);
  });

  it('always sends our event ids, in order, to the stream named', () => {
    const request = toAppendRequest('run7_orgUnit-1', events, 3);
    expect(request.streamName).toBe('run7_orgUnit-1');
    expect(request.events.map((event) => event.id)).toEqual(ids);
  });

  it.each(['not-a-uuid', '0F8FAD5B-D9CB-469F-A165-70867728950E', '', '{0f8fad5b-d9cb-469f-a165-70867728950e}'])(
    'refuses the event id %p before sending anything',
    (id) => {
      expect(() => toAppendRequest('orgUnit-1', [{ ...events[0]!, id }], 'any')).toThrow(/lowercase UUID/);
    },
  );

  it('pins any and streamExists to the revision just read, and leaves exact expectations alone', () => {
    expect(pinExpectation('s', 'any', -1)).toBe('noStream');
    expect(pinExpectation('s', 'any', 4)).toBe(4);
    expect(pinExpectation('s', 'streamExists', 0)).toBe(0);
    expect(pinExpectation('s', 'noStream', 4)).toBe('noStream');
    expect(pinExpectation('s', 2, 4)).toBe(2);
  });

  it('refuses streamExists on a stream with no event, naming both sides', () => {
    expect(() => pinExpectation('orgUnit-1', 'streamExists', -1)).toThrow(ConcurrencyError);
    try {
      pinExpectation('orgUnit-1', 'streamExists', -1);
    } catch (error) {
      expect(error).toMatchObject({ streamId: 'orgUnit-1', expected: 'streamExists', actual: 'noStream' });
    }
  });

  it('recognises our batch where the server says it is, and only there', () => {
    expect(firstRevisionOf(5n, 2)).toBe(4n);
    expect(firstRevisionOf(0n, 1)).toBe(0n);
    const read = [
      { id: ids[0]!, revision: 4n },
      { id: ids[1]!, revision: 5n },
    ];
    expect(isOurBatch(ids, read, 4n)).toBe(true);
    expect(isOurBatch(ids, read, 3n)).toBe(false);
    expect(isOurBatch([...ids].reverse(), read, 4n)).toBe(false);
    expect(isOurBatch(ids, read.slice(0, 1), 4n)).toBe(false);
  });
});
