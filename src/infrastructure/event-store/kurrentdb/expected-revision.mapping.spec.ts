import { ANY, NO_STREAM, STREAM_EXISTS, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { ConcurrencyError } from '../event-store.errors';
import type { ExpectedRevision } from '../event-store.port';
import { fromCurrentState, isWrongExpectedVersion, toConcurrencyError, toStreamState } from './expected-revision.mapping';

const wrongVersion = (current: bigint | typeof NO_STREAM): WrongExpectedVersionError =>
  new WrongExpectedVersionError(undefined, { streamName: 'orgUnit-1', expected: ANY, current });

describe('KurrentDB expected revision mapping', () => {
  it.each<[ExpectedRevision, unknown]>([
    ['any', ANY],
    ['noStream', NO_STREAM],
    ['streamExists', STREAM_EXISTS],
    [0, 0n],
    [41, 41n],
    [Number.MAX_SAFE_INTEGER, BigInt(Number.MAX_SAFE_INTEGER)],
  ])('sends %p as %p', (expected, state) => {
    expect(toStreamState(expected)).toBe(state);
  });

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuses the revision %p before any I/O', (expected) => {
    expect(() => toStreamState(expected)).toThrow(/non-negative integer/);
  });

  it('reads the server state back as a revision or noStream', () => {
    expect(fromCurrentState(NO_STREAM)).toBe('noStream');
    expect(fromCurrentState(0n)).toBe(0);
    expect(fromCurrentState(7n)).toBe(7);
    expect(fromCurrentState(-1n)).toBe('noStream');
    expect(fromCurrentState(-6n)).toBe('noStream');
  });

  it.each<[ExpectedRevision, bigint | typeof NO_STREAM, number | 'noStream']>([
    ['noStream', 1n, 1],
    ['streamExists', NO_STREAM, 'noStream'],
    [0, 1n, 1],
    [5, 1n, 1],
    [0, NO_STREAM, 'noStream'],
  ])('turns a wrong expected version (expected %p, server at %p) into a ConcurrencyError', (expected, current, actual) => {
    const error = toConcurrencyError('orgUnit-1', expected, wrongVersion(current));

    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ streamId: 'orgUnit-1', expected, actual, code: 'CONCURRENCY.CONFLICT' });
  });

  it('recognises the client error and its look-alikes, and nothing else', () => {
    expect(isWrongExpectedVersion(wrongVersion(3n))).toBe(true);
    expect(isWrongExpectedVersion({ type: 'wrong-expected-version', actualState: 3n })).toBe(true);
    expect(isWrongExpectedVersion(new Error('wrong-expected-version'))).toBe(false);
    expect(isWrongExpectedVersion(null)).toBe(false);
  });
});
