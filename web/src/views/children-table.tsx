import type { ChildActivity } from '../api/types';
import { Link } from '../components/link';
import { Text } from '../components/text';
import { formatNumber } from '../lib/format';
import { t } from '../lib/i18n';
import type { Lang } from '../lib/locale';
import { localized } from '../lib/locale';
import { metricValue } from '../lib/metrics';
import type { Metric } from '../lib/route';

const COLUMNS: readonly Metric[] = ['meetingsHeld', 'resolutionsAdopted', 'resolutionsImplemented', 'attendance', 'membersNet'];

/** A figure with a bar as long as its share of the column's largest; the number stays readable without the bar. */
const BarCell = ({ lang, value, max }: { readonly lang: Lang; readonly value: number; readonly max: number }) => (
  <td class="bar-cell">
    <span class="bar-track" aria-hidden="true">
      <span class={`bar ${value < 0 ? 'negative' : ''}`} style={{ inlineSize: `${max === 0 ? 0 : (Math.abs(value) / max) * 100}%` }} />
    </span>
    <bdi class="bar-value">{formatNumber(lang, value)}</bdi>
  </td>
);

/** Region → its provinces → their communes: one row per direct child, one click to go down. */
export const ChildrenTable = ({ lang, rows }: { readonly lang: Lang; readonly rows: readonly ChildActivity[] }) => {
  if (rows.length === 0) return <p class="state state-empty">{t(lang, 'children.empty')}</p>;
  const max = (metric: Metric) => Math.max(0, ...rows.map((row) => Math.abs(metricValue(row.activity, metric))));
  return (
    <div class="table-scroll">
      <table class="children">
        <caption>{t(lang, 'children.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'children.unit')}</th>
            {COLUMNS.map((metric) => (
              <th key={metric} scope="col">
                {t(lang, `metric.${metric}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-unit={row.id} class={row.status === 'DISSOLVED' ? 'dissolved' : ''}>
              <th scope="row">
                <Link to={{ unit: row.id, item: null }} aria-label={t(lang, 'children.drill', { name: localized(row.name, lang)?.text ?? row.id })}>
                  <Text value={row.name} lang={lang} />
                </Link>
                {row.parallel && <span class="tag">{t(lang, 'children.parallel')}</span>}
                {row.status === 'DISSOLVED' && <span class="tag">{t(lang, 'children.dissolved')}</span>}
              </th>
              {COLUMNS.map((metric) => (
                <BarCell key={metric} lang={lang} value={metricValue(row.activity, metric)} max={max(metric)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
