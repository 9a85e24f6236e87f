import { comparisonOf, currentPeriod, parsePeriod, periodOf, sameLastYear, shiftPeriod, todayIn } from '../../web/src/lib/periods';

const CASABLANCA = 'Africa/Casablanca';

describe('calendar periods', () => {
  it('reads every kind of key the API labels its buckets with', () => {
    expect(parsePeriod('2021-06-07')).toEqual({ kind: 'DAY', key: '2021-06-07', from: '2021-06-07', to: '2021-06-07' });
    expect(parsePeriod('2021-W23')).toEqual({ kind: 'WEEK', key: '2021-W23', from: '2021-06-07', to: '2021-06-13' });
    expect(parsePeriod('2021-06')).toEqual({ kind: 'MONTH', key: '2021-06', from: '2021-06-01', to: '2021-06-30' });
    expect(parsePeriod('2021-Q2')).toEqual({ kind: 'QUARTER', key: '2021-Q2', from: '2021-04-01', to: '2021-06-30' });
    expect(parsePeriod('2021')).toEqual({ kind: 'YEAR', key: '2021', from: '2021-01-01', to: '2021-12-31' });
  });

  it('refuses keys that name no real period', () => {
    for (const key of ['2021-02-29', '2021-13', '2021-W53', '2021-Q5', '21-06', 'june', '', null]) expect(parsePeriod(key)).toBeNull();
    expect(parsePeriod('2020-W53')).toEqual(expect.objectContaining({ from: '2020-12-28', to: '2021-01-03' }));
    expect(parsePeriod('2024-02-29')).not.toBeNull();
  });

  it('puts the first days of January in the ISO week of their Thursday, which may belong to the year before', () => {
    expect(periodOf('2021-01-01', 'WEEK').key).toBe('2020-W53');
    expect(periodOf('2024-12-30', 'WEEK').key).toBe('2025-W01');
  });

  it('steps back and forth across month, quarter and year ends', () => {
    expect(shiftPeriod(parsePeriod('2021-01')!, -1).key).toBe('2020-12');
    expect(shiftPeriod(parsePeriod('2021-Q1')!, -1).key).toBe('2020-Q4');
    expect(shiftPeriod(parsePeriod('2020-W53')!, 1).key).toBe('2021-W01');
    expect(shiftPeriod(parsePeriod('2021-03-01')!, -1).key).toBe('2021-02-28');
    expect(shiftPeriod(parsePeriod('2021')!, 3).key).toBe('2024');
  });

  it('compares with the previous period or with the same period a year earlier', () => {
    const june = parsePeriod('2021-06')!;
    expect(comparisonOf(june, 'previous')?.key).toBe('2021-05');
    expect(comparisonOf(june, 'year')?.key).toBe('2020-06');
    expect(comparisonOf(june, 'none')).toBeNull();
    expect(sameLastYear(parsePeriod('2024-02-29')!).key).toBe('2023-02-28');
    expect(sameLastYear(parsePeriod('2020-W53')!).key).toBe('2019-W52');
    expect(sameLastYear(parsePeriod('2021-W23')!).key).toBe('2020-W23');
  });
});

describe('today in Morocco', () => {
  it('is already tomorrow at 23:30 UTC most of the year, when Morocco runs an hour ahead of UTC', () => {
    expect(todayIn(CASABLANCA, new Date('2021-06-20T23:30:00Z'))).toBe('2021-06-21');
  });

  it('is still today at 23:30 UTC during Ramadan, when Morocco moves its clocks back to UTC', () => {
    // Ramadan 1442: Morocco was on UTC+0 from 11 April to 16 May 2021.
    expect(todayIn(CASABLANCA, new Date('2021-04-20T23:30:00Z'))).toBe('2021-04-20');
  });

  it('makes the current month change at midnight Moroccan time on both sides of the Ramadan change', () => {
    expect(currentPeriod('MONTH', CASABLANCA, new Date('2021-04-30T23:30:00Z')).key).toBe('2021-04');
    expect(currentPeriod('MONTH', CASABLANCA, new Date('2021-05-31T23:30:00Z')).key).toBe('2021-06');
    expect(currentPeriod('MONTH', 'UTC', new Date('2021-05-31T23:30:00Z')).key).toBe('2021-05');
  });
});
