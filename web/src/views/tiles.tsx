import type { Figures } from '../api/types';
import { Rich } from '../components/rich';
import { changeOf, formatDelta, formatNumber, formatPeriod, formatRatio } from '../lib/format';
import { t, tn } from '../lib/i18n';
import type { Lang } from '../lib/locale';
import { metricValue } from '../lib/metrics';
import type { Period } from '../lib/periods';
import { METRICS, type Metric } from '../lib/route';

interface TilesProps {
  readonly lang: Lang;
  readonly current: Figures;
  readonly comparison: Figures | null;
  readonly comparisonPeriod: Period | null;
}

// A rise in departures is bad news: its arrow is coloured as a fall.
const RISE_IS_BAD: ReadonlySet<Metric> = new Set(['membersLeft']);

const Tile = ({ lang, metric, current, comparison, comparisonPeriod }: TilesProps & { readonly metric: Metric }) => {
  const value = metricValue(current, metric);
  const before = comparison ? metricValue(comparison, metric) : null;
  const change = before === null ? null : changeOf(value, before);
  const tone = !change || change.delta === 0 ? 'flat' : (change.delta > 0) !== RISE_IS_BAD.has(metric) ? 'up' : 'down';
  return (
    // The definition shows on hover and on keyboard focus; screen readers read it with the figure.
    <li class="tile" data-metric={metric} tabIndex={0}>
      <span class="tile-name">{t(lang, `metric.${metric}`)}</span>
      <bdi class="tile-value">{formatNumber(lang, value)}</bdi>
      {metric === 'attendance' && current.attendanceUnknownGroups > 0 && (
        <span class="tile-note">{tn(lang, 'unknownGroups', current.attendanceUnknownGroups)}</span>
      )}
      {change && comparisonPeriod && (
        <span class={`tile-change ${tone}`}>
          <bdi class="delta">{formatDelta(lang, change.delta)}</bdi>
          {change.ratio !== null && <bdi class="ratio">{formatRatio(lang, change.ratio)}</bdi>}{' '}
          <span class="against"><Rich lang={lang} id="tile.against" params={{ value: before ?? 0, period: formatPeriod(lang, comparisonPeriod) }} /></span>
        </span>
      )}
      <span class="tile-hint">{t(lang, `metric.${metric}.hint`)}</span>
    </li>
  );
};

/** One tile per figure, each with its change against the comparison period and its definition. */
export const Tiles = (props: TilesProps) => (
  <ul class="tiles" aria-label={t(props.lang, 'overview.figures')}>
    {METRICS.map((metric) => (
      <Tile key={metric} metric={metric} {...props} />
    ))}
  </ul>
);
