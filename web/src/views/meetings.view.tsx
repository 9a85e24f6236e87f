import { useEffect, useState } from 'preact/hooks';
import { meetings } from '../api/documents';
import type { Connection, MeetingRow } from '../api/types';
import { useQuery } from '../api/use-query';
import { Link } from '../components/link';
import { Empty, Failure, Loading } from '../components/states';
import { Text } from '../components/text';
import { formatDay } from '../lib/format';
import { t, tEnum, tn } from '../lib/i18n';
import { MeetingDetailView } from './meeting-detail.view';
import type { Scope } from './scope';

// The present asks the top-level list; the past asks the list under the unit read as of then.
interface MeetingsData {
  readonly meetings?: Connection<MeetingRow>;
  readonly orgUnit?: { readonly meetings: Connection<MeetingRow> } | null;
}

const MeetingList = ({ lang, unit, period, asOf, asOfVariables }: Scope) => {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<readonly MeetingRow[]>([]);
  useEffect(() => {
    setAfter(null);
    setEarlier([]);
  }, [unit.id, period.key]);
  const { data, error, reload } = useQuery<MeetingsData>(meetings(asOf !== null), { ...asOfVariables, id: unit.id, from: period.from, to: period.to, after });
  const page = data?.meetings ?? data?.orgUnit?.meetings;
  if (error && !page) return <Failure lang={lang} error={error} retry={reload} />;
  if (!page) return <Loading lang={lang} />;
  // While the next page loads the last one is still on screen: keep each meeting once.
  const rows = [...new Map([...earlier, ...page.edges.map((edge) => edge.node)].map((row) => [row.id, row])).values()];
  if (rows.length === 0) return <Empty><p>{t(lang, 'meetings.empty')}</p></Empty>;
  return (
    <section class="meetings">
      <ol class="meeting-list">
        {rows.map((meeting) => (
          <li key={meeting.id} data-meeting={meeting.id}>
            <Link to={{ view: 'meetings', item: meeting.id }} class="meeting-link">
              <Text value={meeting.title} lang={lang} class="meeting-title" />
            </Link>
            <span class="meta">
              <time dateTime={meeting.heldOn}>{formatDay(lang, meeting.heldOn)}</time>
              {meeting.partOfDay && ` ${tEnum(lang, 'partOfDay', meeting.partOfDay)}`} · {tEnum(lang, 'meetingKind', meeting.kind)} ·{' '}
              <Text value={meeting.unit?.name} lang={lang} /> · {tn(lang, 'resolutions', meeting.resolutions.length)}
            </span>
          </li>
        ))}
      </ol>
      {page.pageInfo.hasNextPage && (
        <button type="button" onClick={() => { setEarlier(rows); setAfter(page.pageInfo.endCursor); }}>
          {t(lang, 'meetings.more')}
        </button>
      )}
    </section>
  );
};

/** The unit's meetings in the period, newest first; one opens on its own page (/ar/meetings/<id>). */
export const MeetingsView = (scope: Scope) => (scope.route.item ? <MeetingDetailView {...scope} meetingId={scope.route.item} /> : <MeetingList {...scope} />);
