import { parseAsOf, recordedAtOf } from '../../web/src/lib/as-of';

describe('"as of" a past point', () => {
  it('reads a day or an exact instant from the URL, and nothing else', () => {
    expect(parseAsOf('2021-06-08')).toEqual({ kind: 'day', day: '2021-06-08' });
    expect(parseAsOf('2021-06-08T10:00:00+01:00')).toEqual({ kind: 'instant', instant: '2021-06-08T10:00:00+01:00' });
    for (const value of ['2021-02-30', '2021-06-08T10:00', 'yesterday', '', null]) expect(parseAsOf(value)).toBeNull();
  });

  it('asks for the end of the day on Moroccan clocks: an hour ahead of UTC most of the year', () => {
    expect(recordedAtOf({ kind: 'day', day: '2021-06-08' }, 'Africa/Casablanca')).toBe('2021-06-08T23:59:59.999+01:00');
  });

  it('and on UTC during Ramadan, when Morocco moves its clocks back', () => {
    expect(recordedAtOf({ kind: 'day', day: '2021-04-20' }, 'Africa/Casablanca')).toBe('2021-04-20T23:59:59.999+00:00');
  });

  it('passes an exact instant through as given', () => {
    expect(recordedAtOf({ kind: 'instant', instant: '2021-06-08T10:00:00Z' }, 'Africa/Casablanca')).toBe('2021-06-08T10:00:00Z');
  });
});
