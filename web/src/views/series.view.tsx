import { useState } from 'preact/hooks';
import { series } from '../api/documents';
import type { BucketFigures } from '../api/types';
import { useQuery } from '../api/use-query';
import { Chart } from '../components/chart';
import { Failure, Loading } from '../components/states';
import { csvFileName, toCsv } from '../lib/csv';
import { formatBucket, formatNumber, formatPeriod } from '../lib/format';
import { t } from '../lib/i18n';
import type { Lang } from '../lib/locale';
import { metricValue } from '../lib/metrics';
import { PERIOD_KINDS, type PeriodKind } from '../lib/periods';
import { METRICS, type Metric } from '../lib/route';
import { alignSeries, comparisonWindow, defaultStep, seriesWindow, type SeriesRow } from '../lib/series';
import { navigate } from '../state/router';
import type { Scope } from './scope';

interface SeriesData {
  readonly orgUnit: { readonly current: readonly BucketFigures[]; readonly comparison?: readonly BucketFigures[] } | null;
}

const download = (name: string, text: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

const exportCsv = (lang: Lang, rows: readonly SeriesRow[], metric: Metric, fileParts: string[]): void => {
  const header = [t(lang, 'series.bucket'), t(lang, 'series.from'), t(lang, 'series.to'), t(lang, `metric.${metric}`), t(lang, 'series.compared'), `${t(lang, `metric.${metric}`)} (${t(lang, 'series.compared')})`];
  download(csvFileName(...fileParts), toCsv(header, rows.map((row) => [row.label, row.start, row.end, row.value, row.comparisonLabel, row.comparisonValue])));
};

const SeriesTable = ({ lang, rows, metric, step }: { readonly lang: Lang; readonly rows: readonly SeriesRow[]; readonly metric: Metric; readonly step: PeriodKind }) => (
  <div class="table-scroll">
    <table class="series-table">
      <thead>
        <tr>
          <th scope="col">{t(lang, 'series.bucket')}</th>
          <th scope="col">{t(lang, `metric.${metric}`)}</th>
          <th scope="col">{t(lang, 'series.compared')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{formatBucket(lang, step, row.label, row.start)}</th>
            <td><bdi>{formatNumber(lang, row.value)}</bdi></td>
            <td>
              {row.comparisonValue === null || row.comparisonLabel === null || row.comparisonStart === null ? '—' : (
                <>
                  <bdi>{formatNumber(lang, row.comparisonValue)}</bdi> <span class="muted">({formatBucket(lang, step, row.comparisonLabel, row.comparisonStart)})</span>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

/** A figure over time, the comparison dashed beside it; the same numbers as a table and as CSV. */
export const SeriesView = ({ lang, unit, period, compare, route, asOf, asOfVariables }: Scope) => {
  const [asTable, setAsTable] = useState(false);
  const step = route.step ?? defaultStep(period.kind);
  const metric = route.metric;
  const window = seriesWindow(period, step);
  const other = comparisonWindow(period, step, compare);
  const { data, error, reload } = useQuery<SeriesData>(series(asOf !== null), {
    ...asOfVariables,
    id: unit.id, from: window.from, to: window.to, cFrom: other?.from ?? window.from, cTo: other?.to ?? window.to, step, compare: other !== null,
  });
  const toRow = (bucket: BucketFigures) => ({ label: bucket.label, start: bucket.start, end: bucket.end, value: metricValue(bucket, metric) });
  const rows = data?.orgUnit ? alignSeries(data.orgUnit.current.map(toRow), data.orgUnit.comparison?.map(toRow) ?? null) : [];
  return (
    <section class="series">
      <div class="controls">
        <label>
          <span class="label">{t(lang, 'series.metric')}</span>
          <select value={metric} onChange={(event) => navigate({ metric: event.currentTarget.value as Metric }, { replace: true })}>
            {METRICS.map((m) => <option key={m} value={m}>{t(lang, `metric.${m}`)}</option>)}
          </select>
        </label>
        <label>
          <span class="label">{t(lang, 'series.granularity')}</span>
          <select value={step} onChange={(event) => navigate({ step: event.currentTarget.value as PeriodKind }, { replace: true })}>
            {PERIOD_KINDS.map((kind) => <option key={kind} value={kind}>{t(lang, `period.kind.${kind}`)}</option>)}
          </select>
        </label>
        <div class="segmented" role="group">
          <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>{t(lang, 'series.chart')}</button>
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>{t(lang, 'series.table')}</button>
        </div>
        <button type="button" disabled={rows.length === 0} onClick={() => exportCsv(lang, rows, metric, [unit.id, metric, period.key, step])}>
          {t(lang, 'series.csv')}
        </button>
      </div>
      {error && !data?.orgUnit ? <Failure lang={lang} error={error} retry={reload} /> : !data?.orgUnit ? <Loading lang={lang} /> : asTable ? (
        <SeriesTable lang={lang} rows={rows} metric={metric} step={step} />
      ) : (
        <Chart
          lang={lang}
          xLabel={t(lang, 'series.bucket')}
          title={`${t(lang, `metric.${metric}`)} — ${formatPeriod(lang, period)}`}
          ticks={rows.map((row) => formatBucket(lang, step, row.label, row.start))}
          series={[
            { label: t(lang, 'series.shown'), values: rows.map((row) => row.value) },
            ...(other ? [{ label: t(lang, `compare.${compare}`), values: rows.map((row) => row.comparisonValue), dashed: true }] : []),
          ]}
        />
      )}
    </section>
  );
};
