import { useEffect, useState } from 'preact/hooks';
import { resolutions } from '../api/documents';
import type { Connection, ResolutionRow, UnitRef } from '../api/types';
import { useQuery } from '../api/use-query';
import { Link } from '../components/link';
import { Empty, Failure, Loading } from '../components/states';
import { Text } from '../components/text';
import { formatDay, formatNumber, formatShare } from '../lib/format';
import { t, tEnum } from '../lib/i18n';
import type { Lang } from '../lib/locale';
import { implementedShares } from '../lib/resolution-shares';
import type { Scope } from './scope';

const STEPS = ['ADOPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'BLOCKED', 'ABANDONED', 'RESCINDED'] as const;
const stepOf = (resolution: ResolutionRow): string => (resolution.rescinded ? 'RESCINDED' : resolution.status);

const Timeline = ({ lang, resolution }: { readonly lang: Lang; readonly resolution: ResolutionRow }) => (
  <details class="timeline">
    <summary>{t(lang, 'resolutions.timeline')}</summary>
    <ol>
      {resolution.history.map((entry, index) => (
        <li key={index}>
          <time dateTime={entry.on}>{formatDay(lang, entry.on, 'medium')}</time> — <span class={`status status-${entry.status}`}>{tEnum(lang, 'status', entry.status)}</span>{' '}
          <bdi class="muted">{entry.actor}</bdi>
          {entry.note && <> — <bdi>{entry.note}</bdi></>}
        </li>
      ))}
    </ol>
  </details>
);

/** Where each resolution of the period stands, how much of each branch's is done, and how each got there. */
export const ResolutionsView = ({ lang, unit, period, asOf, asOfVariables }: Scope) => {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<readonly ResolutionRow[]>([]);
  useEffect(() => { setAfter(null); setEarlier([]); }, [unit.id, period.key]);
  const { data, error, reload } = useQuery<{ resolutions?: Connection<ResolutionRow>; orgUnit?: { resolutions: Connection<ResolutionRow> } | null }>(
    resolutions(asOf !== null),
    asOf ? { ...asOfVariables, id: unit.id, after } : { id: unit.id, from: period.from, to: period.to, after },
  );
  const page = data?.resolutions ?? data?.orgUnit?.resolutions;
  if (error && !page) return <Failure lang={lang} error={error} retry={reload} />;
  if (!page) return <Loading lang={lang} />;
  const inPeriod = (row: ResolutionRow) => row.adoptedOn >= period.from && row.adoptedOn <= period.to;
  const rows = [...new Map([...earlier, ...page.edges.map((edge) => edge.node)].filter(inPeriod).map((row) => [row.id, row])).values()];
  const more = page.pageInfo.hasNextPage && (
    <button type="button" onClick={() => { setEarlier(rows); setAfter(page.pageInfo.endCursor); }}>{t(lang, 'meetings.more')}</button>
  );
  if (rows.length === 0) return <Empty><p>{t(lang, 'resolutions.empty')}</p>{more}</Empty>;
  const branches = new Map<string, UnitRef>([[unit.path, unit], ...unit.children.map((child) => [child.path, child] as const)]);
  return (
    <section class="resolutions">
      <h2 class="visually-hidden">{t(lang, 'nav.resolutions')}</h2>
      <ul class="status-counts" aria-label={t(lang, 'resolutions.byStatus')}>
        {STEPS.map((step) => (
          <li key={step} class={`status status-${step}`} data-status={step}>
            {tEnum(lang, 'status', step)} <bdi class="count">{formatNumber(lang, rows.filter((row) => stepOf(row) === step).length)}</bdi>
          </li>
        ))}
      </ul>
      <table class="shares">
        <caption>{t(lang, 'resolutions.byUnit')}</caption>
        <tbody>
          {implementedShares(unit.path, rows).map((share) => {
            const branch = branches.get(share.path);
            return (
              <tr key={share.path}>
                <th scope="row">{branch ? <Link to={{ unit: branch.id }}><Text value={branch.name} lang={lang} /></Link> : <bdi>{share.path}</bdi>}</th>
                <td class="bar-cell">
                  <span class="bar-track" aria-hidden="true"><span class="bar" style={{ inlineSize: `${(share.implemented / share.total) * 100}%` }} /></span>
                  <bdi class="bar-value">{formatShare(lang, share.implemented / share.total)}</bdi>{' '}
                  <span class="muted">({t(lang, 'resolutions.share', { done: share.implemented, total: share.total })})</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ol class="resolution-list">
        {rows.map((resolution) => (
          <li key={resolution.id} data-resolution={resolution.id}>
            <span class={`status status-${stepOf(resolution)}`}>{tEnum(lang, 'status', stepOf(resolution))}</span>{' '}
            <span class="tag">{tEnum(lang, 'resolutionKind', resolution.kind)}</span>
            <p><Text value={resolution.text} lang={lang} /></p>
            <p class="meta">
              {t(lang, 'resolutions.adoptedOn')}: <Link to={{ view: 'meetings', item: resolution.meetingId }}><time dateTime={resolution.adoptedOn}>{formatDay(lang, resolution.adoptedOn)}</time></Link>
            </p>
            <Timeline lang={lang} resolution={resolution} />
          </li>
        ))}
      </ol>
      {more}
    </section>
  );
};
