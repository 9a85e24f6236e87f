import { DomainError } from '../../modules/shared-kernel/domain-error';
import { dayRange, type Granularity, periodsOf, monthSplit } from './activity.periods';

const labels = (from: string, to: string, granularity: Granularity): string[] => periodsOf({ from, to }, granularity).map((period) => period.label);

describe('activity periods', () => {
  it('cuts the first and last period to the asked range', () => {
    expect(periodsOf({ from: '2021-06-02', to: '2021-08-10' }, 'MONTH')).toEqual([
      { label: '2021-06', from: '2021-06-02', to: '2021-06-30' },
      { label: '2021-07', from: '2021-07-01', to: '2021-07-31' },
      { label: '2021-08', from: '2021-08-01', to: '2021-08-10' },
    ]);
  });

  it('starts ISO weeks on Monday and names them by their ISO week-year', () => {
    expect(periodsOf({ from: '2020-12-30', to: '2021-01-11' }, 'WEEK')).toEqual([
      { label: '2020-W53', from: '2020-12-30', to: '2021-01-03' },
      { label: '2021-W01', from: '2021-01-04', to: '2021-01-10' },
      { label: '2021-W02', from: '2021-01-11', to: '2021-01-11' },
    ]);
    expect(labels('2018-12-31', '2018-12-31', 'WEEK')).toEqual(['2019-W01']);
  });

  it('lists every day, quarter and year of a range, leap days included', () => {
    expect(labels('2024-02-28', '2024-03-01', 'DAY')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(periodsOf({ from: '2021-01-01', to: '2021-12-31' }, 'QUARTER').map((p) => `${p.label} ${p.from}..${p.to}`)).toEqual([
      '2021-Q1 2021-01-01..2021-03-31',
      '2021-Q2 2021-04-01..2021-06-30',
      '2021-Q3 2021-07-01..2021-09-30',
      '2021-Q4 2021-10-01..2021-12-31',
    ]);
    expect(labels('2019-07-01', '2021-02-01', 'YEAR')).toEqual(['2019', '2020', '2021']);
  });

  it.each([
    ['from', '2021-13-01', '2021-12-31', undefined],
    ['to', '2021-01-01', 'June', undefined],
    ['to', '2021-06-30', '2021-06-01', undefined],
    ['to', '2001-01-01', '2021-01-01', undefined],
    ['granularity', '2018-01-01', '2021-01-01', 'DAY'],
  ] as const)('rejects a range naming %s (%s .. %s)', (field, from, to, granularity) => {
    const attempt = (): unknown => dayRange(from, to, granularity);
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'VALIDATION.FAILED', field });
    }
  });

  it('accepts twenty calendar years, and three for a daily series', () => {
    expect(dayRange('2001-01-01', '2020-12-31')).toEqual({ from: '2001-01-01', to: '2020-12-31' });
    expect(dayRange('2019-01-01', '2021-12-31', 'DAY')).toEqual({ from: '2019-01-01', to: '2021-12-31' });
  });
});

describe('splitting a range into whole months and ragged ends', () => {
  it('reads a range of whole months from month buckets alone', () => {
    expect(monthSplit({ from: '2025-07-01', to: '2026-06-30' })).toEqual({ months: { from: '2025-07', to: '2026-06' }, days: [] });
  });

  it('keeps the days before the first whole month and after the last one', () => {
    expect(monthSplit({ from: '2024-01-15', to: '2024-04-10' })).toEqual({
      months: { from: '2024-02', to: '2024-03' },
      days: [
        { from: '2024-01-15', to: '2024-01-31' },
        { from: '2024-04-01', to: '2024-04-10' },
      ],
    });
    expect(monthSplit({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ months: { from: '2024-02', to: '2024-02' }, days: [] });
  });

  it('reads a range without a whole month from day buckets alone', () => {
    expect(monthSplit({ from: '2021-06-07', to: '2021-06-07' })).toEqual({ months: null, days: [{ from: '2021-06-07', to: '2021-06-07' }] });
    expect(monthSplit({ from: '2021-06-15', to: '2021-07-14' })).toEqual({ months: null, days: [{ from: '2021-06-15', to: '2021-07-14' }] });
    expect(monthSplit({ from: '2021-12-02', to: '2022-01-30' })).toEqual({ months: null, days: [{ from: '2021-12-02', to: '2022-01-30' }] });
  });
});
