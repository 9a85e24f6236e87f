import { MEETING, MEETING_AS_OF, memberNames } from '../api/documents';
import type { Connection, MeetingDetail, MemberName as Member, Participant } from '../api/types';
import { useQuery } from '../api/use-query';
import { Link } from '../components/link';
import { MemberName } from '../components/member-name';
import { Rich } from '../components/rich';
import { Failure, Loading } from '../components/states';
import { Text } from '../components/text';
import { formatDay, formatInstant } from '../lib/format';
import { t, tEnum } from '../lib/i18n';
import { dirOf, localized, type Lang } from '../lib/locale';
import type { Scope } from './scope';

type Names = Readonly<Record<string, Member | null>>;

const ParticipantItem = ({ lang, participant, names }: { readonly lang: Lang; readonly participant: Participant; readonly names: Names }) => {
  const member = participant.memberId ? names[`m${participant.memberId}`] : null;
  return (
    <li>
      {participant.kind === 'MEMBER' && (member ? <MemberName member={member} lang={lang} /> : <bdi>{participant.memberId}</bdi>)}
      {participant.kind === 'GUEST' && <><Text value={participant.name} lang={lang} /> <span class="tag">{t(lang, 'meeting.guest')}</span></>}
      {participant.kind === 'GROUP' && (
        <>
          <Text value={participant.label} lang={lang} />{' '}
          <span class="muted">({participant.count === null ? t(lang, 'meeting.countUnknown') : <bdi>{participant.count}</bdi>})</span>
        </>
      )}
      {participant.role && <> — <bdi class="muted">{participant.role}</bdi></>}
    </li>
  );
};

/** The summary in the language it was written in, even when the page is in another: it is the record. */
const Summary = ({ lang, meeting }: { readonly lang: Lang; readonly meeting: MeetingDetail }) => {
  const original = meeting.summaryLanguage && meeting.summary?.[meeting.summaryLanguage] ? { text: meeting.summary[meeting.summaryLanguage]!, lang: meeting.summaryLanguage } : localized(meeting.summary, lang);
  if (!original) return null;
  return (
    <section>
      <h3>{t(lang, 'meeting.summary')} {original.lang !== lang && <span class="muted">({t(lang, `common.inLanguage.${original.lang}`)})</span>}</h3>
      <div class="summary" lang={original.lang} dir={dirOf(original.lang)} data-testid="meeting-summary">
        {original.text.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>)}
      </div>
    </section>
  );
};

interface MeetingData {
  readonly meeting?: MeetingDetail | null;
  readonly orgUnit?: { readonly meetings: Connection<MeetingDetail> } | null;
}

export const MeetingDetailView = ({ lang, meetingId, unit, period, asOf, asOfVariables }: Scope & { readonly meetingId: string }) => {
  // As of a past point, the record is looked up among the unit's meetings of the period as they were recorded then.
  const { data, error, reload } = useQuery<MeetingData>(
    asOf ? MEETING_AS_OF : MEETING,
    asOf ? { ...asOfVariables, id: unit.id, from: period.from, to: period.to } : { id: meetingId },
  );
  const meeting = (asOf ? data?.orgUnit?.meetings.edges.find((edge) => edge.node.id === meetingId)?.node : data?.meeting) ?? null;
  const ids = meeting ? [...new Set([...meeting.chairs, ...meeting.attendees].flatMap((p) => (p.memberId ? [p.memberId] : [])))] : [];
  const members = useQuery<Record<string, Member | null>>(memberNames(ids.length), ids.length ? Object.fromEntries(ids.map((id, i) => [`m${i}`, id])) : null);
  const names: Names = Object.fromEntries(ids.map((id, i) => [`m${id}`, members.data?.[`m${i}`] ?? null]));
  if (error && !data) return <Failure lang={lang} error={error} retry={reload} />;
  if (!data) return <Loading lang={lang} />;
  if (!meeting) return <p class="state">{t(lang, 'meeting.notFound')} <Link to={{ item: null }}>{t(lang, 'meeting.back')}</Link></p>;
  return (
    <article class="meeting" data-meeting={meeting.id}>
      <Link to={{ item: null }} class="back">{t(lang, 'meeting.back')}</Link>
      <h2><Text value={meeting.title} lang={lang} /></h2>
      <p class="meta">
        <time dateTime={meeting.heldOn}>{formatDay(lang, meeting.heldOn)}</time>
        {meeting.partOfDay && ` ${tEnum(lang, 'partOfDay', meeting.partOfDay)}`} · {tEnum(lang, 'meetingKind', meeting.kind)} · <Text value={meeting.unit?.name} lang={lang} />
      </p>
      {meeting.venue && (
        <p><strong>{t(lang, 'meeting.venue')}:</strong> <Text value={meeting.venue.name} lang={lang} />{meeting.venue.locality && <>{lang === 'ar' ? '، ' : ', '}<Text value={meeting.venue.locality} lang={lang} /></>}</p>
      )}
      <div class="columns">
        <section><h3>{t(lang, 'meeting.chairs')}</h3><ul>{meeting.chairs.map((p, i) => <ParticipantItem key={i} lang={lang} participant={p} names={names} />)}</ul></section>
        <section><h3>{t(lang, 'meeting.attendees')}</h3><ul>{meeting.attendees.map((p, i) => <ParticipantItem key={i} lang={lang} participant={p} names={names} />)}</ul></section>
      </div>
      {meeting.agenda.length > 0 && (
        <section><h3>{t(lang, 'meeting.agenda')}</h3><ol>{meeting.agenda.map((item, i) => <li key={i}><Text value={item} lang={lang} /></li>)}</ol></section>
      )}
      <Summary lang={lang} meeting={meeting} />
      <section>
        <h3>{t(lang, 'meeting.resolutions')}</h3>
        <ol class="resolutions-of-meeting">
          {meeting.resolutions.map((resolution) => (
            <li key={resolution.id} class={resolution.rescinded ? 'rescinded' : ''}>
              <span class={`status status-${resolution.rescinded ? 'RESCINDED' : resolution.status}`}>{tEnum(lang, 'status', resolution.rescinded ? 'RESCINDED' : resolution.status)}</span>{' '}
              <Text value={resolution.text} lang={lang} />
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h3>{t(lang, 'meeting.corrections')}</h3>
        {meeting.corrections.length === 0 ? <p class="muted">{t(lang, 'meeting.noCorrection')}</p> : (
          <ul>{meeting.corrections.map((c, i) => <li key={i}><time dateTime={c.recordedAt}>{formatInstant(lang, c.recordedAt)}</time> — <Rich lang={lang} id="meeting.correction" params={{ actor: c.actor, fields: c.changedFields.join(', '), reason: c.reason }} /></li>)}</ul>
        )}
      </section>
      <p class="muted"><Rich lang={lang} id="meeting.recorded" params={{ actor: meeting.recordedBy, date: formatInstant(lang, meeting.recordedAt) }} /></p>
    </article>
  );
};
