import { parseAsOf } from './as-of';
import { DEFAULT_LANG, isLang, type Lang } from './locale';
import { COMPARISON_MODES, PERIOD_KINDS, parsePeriod, type ComparisonMode, type PeriodKind } from './periods';

export const VIEWS = ['overview', 'series', 'meetings', 'resolutions', 'feed', 'profile'] as const;
export type View = (typeof VIEWS)[number];

export const METRICS = [
  'meetingsHeld',
  'attendance',
  'resolutionsAdopted',
  'resolutionsImplemented',
  'membersJoined',
  'membersLeft',
  'membersNet',
] as const;
export type Metric = (typeof METRICS)[number];

/**
 * Everything a view depends on lives in its URL, so any view can be shared:
 * /ar/overview?unit=fes-meknes&period=2021-06&compare=year
 * /fr/meetings/el-hajeb-2021-06-07?unit=el-hajeb&period=2021-06
 * /en/overview?unit=el-hajeb&period=2021-06&asOf=2021-06-08
 */
export interface Route {
  readonly lang: Lang;
  readonly view: View;
  /** A meeting id in the meetings view. */
  readonly item: string | null;
  /** Absent: the first root unit. */
  readonly unit: string | null;
  /** A period key; absent: the current month. */
  readonly period: string | null;
  readonly compare: ComparisonMode;
  /** The time series' step; absent: finer than the period. */
  readonly step: PeriodKind | null;
  readonly metric: Metric;
  /** A past day (its end) or instant: every view as the register stood then, read-only. */
  readonly asOf: string | null;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export const parseRoute = (pathname: string, search: string): Route => {
  const [lang, view, item] = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(search);
  const period = query.get('period');
  return {
    lang: isLang(lang) ? lang : DEFAULT_LANG,
    view: oneOf(VIEWS, view ?? null) ?? 'overview',
    item: view === 'meetings' && item ? item : null,
    unit: query.get('unit') || null,
    period: parsePeriod(period) ? period : null,
    compare: oneOf(COMPARISON_MODES, query.get('compare')) ?? 'previous',
    step: oneOf(PERIOD_KINDS, query.get('step')),
    metric: oneOf(METRICS, query.get('metric')) ?? 'meetingsHeld',
    asOf: parseAsOf(query.get('asOf')) ? query.get('asOf') : null,
  };
};

/** The URL of a route; defaults are left out so shared links stay short. */
export const routeUrl = (route: Route): string => {
  const path = [route.lang, route.view, ...(route.view === 'meetings' && route.item ? [route.item] : [])].map(encodeURIComponent);
  const query = new URLSearchParams();
  if (route.unit) query.set('unit', route.unit);
  if (route.period) query.set('period', route.period);
  if (route.compare !== 'previous') query.set('compare', route.compare);
  if (route.view === 'series' && route.step) query.set('step', route.step);
  if (route.view === 'series' && route.metric !== 'meetingsHeld') query.set('metric', route.metric);
  if (route.asOf) query.set('asOf', route.asOf);
  const search = query.toString();
  return `/${path.join('/')}${search ? `?${search}` : ''}`;
};
