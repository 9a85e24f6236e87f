import { FEED, overview, series } from '../../web/src/api/documents';

export interface DashboardQuery {
  /** Short name in the report. */
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Whether an answer carries what the dashboard shows (not just an empty envelope). */
  readonly answered: (data: any) => boolean;
}

/** The region and twelve months the dashboard questions are asked about: the busiest region, the history's last year. */
export const REGION = 'casablanca-settat';
const YEAR = { from: '2025-07-01', to: '2026-06-30' };

/**
 * The three views the issue names, with the documents the dashboard itself sends
 * (web/src/api/documents.ts), as they go out for the present (no time travel) and
 * without a comparison period.
 */
export const DASHBOARD_QUERIES: readonly DashboardQuery[] = [
  {
    name: 'region × 12 months series',
    query: series(false),
    variables: { id: REGION, ...YEAR, cFrom: YEAR.from, cTo: YEAR.to, step: 'MONTH', compare: false },
    answered: (data) => data?.orgUnit?.current?.length === 12,
  },
  {
    name: 'region → provinces table',
    query: overview(false),
    variables: { id: REGION, ...YEAR, cFrom: YEAR.from, cTo: YEAR.to, compare: false },
    answered: (data) => Array.isArray(data?.activityByChild) && data.activityByChild.length > 0,
  },
  {
    name: 'feed page (30 items)',
    query: FEED,
    variables: { id: REGION, after: null },
    answered: (data) => data?.activityFeed?.edges?.length === 30,
  },
];
