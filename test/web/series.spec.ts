import { parsePeriod } from '../../web/src/lib/periods';
import { implementedShares } from '../../web/src/lib/resolution-shares';
import { alignSeries, comparisonWindow, defaultStep, seriesWindow } from '../../web/src/lib/series';
import { vacanciesOf } from '../../web/src/lib/vacancies';

describe('time series windows', () => {
  const june = parsePeriod('2021-06')!;

  it('cuts a period into finer steps: June by day, a year by month', () => {
    expect(defaultStep('MONTH')).toBe('DAY');
    expect(defaultStep('YEAR')).toBe('MONTH');
    expect(seriesWindow(june, 'DAY')).toEqual({ from: '2021-06-01', to: '2021-06-30' });
  });

  it('shows the last buckets up to the period when the step is as long or longer: twelve months to June', () => {
    expect(seriesWindow(june, 'MONTH')).toEqual({ from: '2020-07-01', to: '2021-06-30' });
    expect(seriesWindow(june, 'QUARTER')).toEqual({ from: '2019-07-01', to: '2021-06-30' });
  });

  it('draws May against June, or June 2020, or the twelve months before the twelve shown', () => {
    expect(comparisonWindow(june, 'DAY', 'previous')).toEqual({ from: '2021-05-01', to: '2021-05-31' });
    expect(comparisonWindow(june, 'DAY', 'year')).toEqual({ from: '2020-06-01', to: '2020-06-30' });
    expect(comparisonWindow(june, 'MONTH', 'previous')).toEqual({ from: '2019-07-01', to: '2020-06-30' });
    expect(comparisonWindow(june, 'DAY', 'none')).toBeNull();
  });

  it('pairs buckets by place, leaving the comparison empty where it is shorter', () => {
    const rows = alignSeries(
      [{ label: '2021-06-01', start: '2021-06-01', end: '2021-06-01', value: 2 }, { label: '2021-06-02', start: '2021-06-02', end: '2021-06-02', value: 0 }],
      [{ label: '2021-05-01', start: '2021-05-01', end: '2021-05-01', value: 1 }],
    );
    expect(rows.map((row) => [row.label, row.value, row.comparisonLabel, row.comparisonValue])).toEqual([
      ['2021-06-01', 2, '2021-05-01', 1],
      ['2021-06-02', 0, null, null],
    ]);
  });
});

describe('the resolutions tracker and the unit profile', () => {
  it('rolls each resolution up to the unit or the direct child it sits under, leaving rescinded ones out', () => {
    const shares = implementedShares('/pam/fes-meknes', [
      { unitPath: '/pam/fes-meknes/el-hajeb', status: 'IMPLEMENTED', rescinded: false },
      { unitPath: '/pam/fes-meknes/el-hajeb/ain-taoujdate', status: 'IN_PROGRESS', rescinded: false },
      { unitPath: '/pam/fes-meknes', status: 'ADOPTED', rescinded: false },
      { unitPath: '/pam/fes-meknes', status: 'IMPLEMENTED', rescinded: true },
      { unitPath: '/pam/oriental', status: 'IMPLEMENTED', rescinded: false },
    ]);
    expect(shares).toEqual([
      { path: '/pam/fes-meknes', implemented: 0, total: 1 },
      { path: '/pam/fes-meknes/el-hajeb', implemented: 1, total: 2 },
    ]);
  });

  it('lists the key offices a unit of its level has nobody in', () => {
    expect(vacanciesOf('PROVINCIAL', ['SECRETARY_GENERAL'])).toEqual(['TREASURER']);
    expect(vacanciesOf('LOCAL', ['LOCAL_SECRETARY'])).toEqual([]);
  });
});
