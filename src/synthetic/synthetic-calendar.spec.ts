import { Random } from './random';
import { apportion, calendarOf, spreadOverDays } from './synthetic-calendar';

describe('the calendar of a synthetic history', () => {
  it('numbers every day from 1 January to the last day, and splits it into months', () => {
    const calendar = calendarOf(2024, '2024-03-31');
    expect(calendar.dates).toHaveLength(31 + 29 + 31);
    expect(calendar.dates[59]).toBe('2024-02-29');
    expect(calendar.months).toEqual([
      { first: 0, last: 30, month: 0 },
      { first: 31, last: 59, month: 1 },
      { first: 60, last: 90, month: 2 },
    ]);
    expect(calendar.evenings[0]).toBe('2024-01-01T21:00:00.000Z');
  });

  it('apportions a total in whole numbers that add up to it exactly, in proportion to the weights', () => {
    const counts = apportion(1_000, [1, 2, 3, 0, 4]);
    expect(counts).toEqual([100, 200, 300, 0, 400]);
    expect(apportion(7, [1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(7);
    expect(() => apportion(5, [0, 0])).toThrow('all zero');
  });

  it('spreads a count over the days of a month, the same way for the same seed', () => {
    const days = spreadOverDays(100, 10, 19, new Random(1));
    expect(days).toHaveLength(10);
    expect(days.reduce((a, b) => a + b, 0)).toBe(100);
    expect(spreadOverDays(100, 10, 19, new Random(1))).toEqual(days);
  });
});
