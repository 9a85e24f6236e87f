import { ThrottlerStorageService } from '@nestjs/throttler';
import { SlidingWindowStorage } from './sliding-window.storage';

/** Calls of two callers at irregular moments over a few windows: bursts past the limit, pauses, a return after a block. */
const CALLS: ReadonlyArray<readonly [atMs: number, caller: string]> = [
  ...Array.from({ length: 9 }, (_, i) => [i * 40, 'a'] as const),
  [350, 'b'],
  [700, 'a'],
  [1_050, 'a'],
  [1_300, 'a'],
  ...Array.from({ length: 8 }, (_, i) => [1_400 + i * 150, i % 3 === 0 ? 'b' : 'a'] as const),
  [3_500, 'a'],
  [3_520, 'a'],
  [6_000, 'b'],
  ...Array.from({ length: 30 }, (_, i) => [6_100 + i * 45, 'a'] as const),
];

describe('the sliding window of calls per caller', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-01-05T09:00:00.000Z') }));
  afterEach(() => jest.useRealTimers());

  it.each([
    ['blocking for a window once over the limit', 1_000],
    ['refusing only while over the limit', 0],
  ])('answers every call as @nestjs/throttler’s own storage does, %s', async (_how, blockDuration) => {
    const theirs = new ThrottlerStorageService();
    const ours = new SlidingWindowStorage();
    const started = Date.now();
    const answers: Array<[unknown, unknown]> = [];
    for (const [atMs, caller] of CALLS) {
      jest.setSystemTime(started + atMs);
      answers.push([await ours.increment(caller, 1_000, 5, blockDuration, 'default'), await theirs.increment(caller, 1_000, 5, blockDuration, 'default')]);
    }
    theirs.onApplicationShutdown();
    ours.onApplicationShutdown();
    expect(answers.map(([answer]) => answer)).toEqual(answers.map(([, expected]) => expected));
    expect(answers.some(([answer]) => (answer as { isBlocked: boolean }).isBlocked)).toBe(true);
  });

  it('keeps counting right through many windows of one busy caller', async () => {
    const ours = new SlidingWindowStorage();
    const started = Date.now();
    let last = { totalHits: 0, isBlocked: false };
    for (let call = 0; call < 20_000; call++) {
      jest.setSystemTime(started + call);
      last = await ours.increment('busy', 1_000, 5_000, 1_000, 'default');
    }
    ours.onApplicationShutdown();
    expect(last).toMatchObject({ totalHits: 1_000, isBlocked: false });
  });
});
