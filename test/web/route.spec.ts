import { parseRoute, routeUrl } from '../../web/src/lib/route';

describe('the URL is the state', () => {
  it('opens the Arabic overview of the first unit for the current month from a bare address', () => {
    expect(parseRoute('/', '')).toEqual({ lang: 'ar', view: 'overview', item: null, unit: null, period: null, compare: 'previous', step: null, metric: 'meetingsHeld', asOf: null });
  });

  it('reads the language, view, meeting, unit, period and comparison of a shared link', () => {
    const route = parseRoute('/fr/meetings/el-hajeb-2021-06-07', '?unit=el-hajeb&period=2021-06&compare=year');
    expect(route).toEqual(expect.objectContaining({ lang: 'fr', view: 'meetings', item: 'el-hajeb-2021-06-07', unit: 'el-hajeb', period: '2021-06', compare: 'year' }));
  });

  it('ignores what it does not understand instead of failing', () => {
    expect(parseRoute('/de/nowhere', '?period=2021-13&compare=sideways&step=HOUR&metric=x&asOf=yesterday')).toEqual(parseRoute('/', ''));
  });

  it('writes short links that read back to the same route', () => {
    const route = parseRoute('/ar/series', '?unit=fes-meknes&period=2021-Q2&compare=none&step=WEEK&metric=resolutionsAdopted');
    expect(routeUrl(route)).toBe('/ar/series?unit=fes-meknes&period=2021-Q2&compare=none&step=WEEK&metric=resolutionsAdopted');
    expect(parseRoute(...(routeUrl(route).split('?') as [string, string]))).toEqual(route);
    expect(routeUrl(parseRoute('/', ''))).toBe('/ar/overview');
    expect(routeUrl({ ...route, view: 'overview' })).toBe('/ar/overview?unit=fes-meknes&period=2021-Q2&compare=none');
    expect(routeUrl({ ...route, view: 'overview', asOf: '2021-06-08' })).toBe('/ar/overview?unit=fes-meknes&period=2021-Q2&compare=none&asOf=2021-06-08');
  });
});
