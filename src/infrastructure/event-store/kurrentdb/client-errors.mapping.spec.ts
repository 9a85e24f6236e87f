import {
  AccessDeniedError,
  DeadlineExceededError,
  InvalidArgumentError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  NO_STREAM,
  ANY,
} from '@kurrent/kurrentdb-client';
import { isFatalForSubscription, isStreamNotFound, isTransient } from './client-errors.mapping';

describe('KurrentDB client error mapping', () => {
  const unavailable = new UnavailableError();
  const wrongVersion = new WrongExpectedVersionError(undefined, { streamName: 's', expected: ANY, current: NO_STREAM });

  it('reads a missing stream as empty, and nothing else', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 'meeting-1'))).toBe(true);
    expect(isStreamNotFound(unavailable)).toBe(false);
    expect(isStreamNotFound(null)).toBe(false);
  });

  it('treats lost connections, timeouts and leader changes as transient', () => {
    expect(isTransient(unavailable)).toBe(true);
    expect(isTransient(new DeadlineExceededError())).toBe(true);
    expect(isTransient(Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 }))).toBe(true);
    expect(isTransient({ type: 'not-leader' })).toBe(true);
  });

  it('does not treat an answer from the server as transient', () => {
    expect(isTransient(wrongVersion)).toBe(false);
    expect(isTransient(new AccessDeniedError())).toBe(false);
    expect(isTransient(new Error('boom'))).toBe(false);
  });

  it('ends a subscription only on errors a retry cannot cure', () => {
    expect(isFatalForSubscription(new AccessDeniedError())).toBe(true);
    expect(isFatalForSubscription(new InvalidArgumentError('bad regex'))).toBe(true);
    expect(isFatalForSubscription(unavailable)).toBe(false);
    expect(isFatalForSubscription(new Error('socket hang up'))).toBe(false);
  });
});
