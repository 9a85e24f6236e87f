import { profile as profileQuery } from '../api/documents';
import type { BucketFigures, Officer } from '../api/types';
import { useQuery } from '../api/use-query';
import { Chart } from '../components/chart';
import { Link } from '../components/link';
import { MemberName } from '../components/member-name';
import { Failure, Loading } from '../components/states';
import { Text } from '../components/text';
import { formatBucket, formatDay } from '../lib/format';
import { t, tEnum } from '../lib/i18n';
import type { Lang } from '../lib/locale';
import { periodOf, shiftPeriod } from '../lib/periods';
import { vacanciesOf } from '../lib/vacancies';
import type { Scope } from './scope';

interface ProfileData {
  readonly orgUnit: {
    readonly level: string;
    readonly status: string;
    readonly establishedOn: string;
    readonly officers: readonly Officer[];
    readonly officerHistory: readonly Officer[];
    readonly trend: readonly BucketFigures[];
  } | null;
}

const OfficerItem = ({ lang, officer }: { readonly lang: Lang; readonly officer: Officer }) => (
  <li data-position={officer.position}>
    <strong>{officer.title ? <Text value={officer.title} lang={lang} /> : tEnum(lang, 'position', officer.position)}</strong>{' — '}
    {officer.member ? <MemberName member={officer.member} lang={lang} /> : <bdi>{officer.id}</bdi>}
    <span class="muted">
      {' '}
      {officer.current
        ? `${t(lang, 'profile.term', { start: formatDay(lang, officer.termStart, 'medium') })}${officer.termEnd ? t(lang, 'profile.termEnds', { end: formatDay(lang, officer.termEnd, 'medium') }) : ''}`
        : t(lang, 'profile.pastTerm', { start: formatDay(lang, officer.termStart, 'medium'), end: formatDay(lang, officer.relievedOn ?? officer.termEnd ?? officer.termStart, 'medium') })}
    </span>
  </li>
);

/** Who holds which office and since when, what is vacant, what sits below, and how membership moved. */
export const ProfileView = ({ lang, unit, period, asOf, asOfVariables }: Scope) => {
  const lastMonth = periodOf(period.to, 'MONTH');
  const { data, error, reload } = useQuery<ProfileData>(profileQuery(asOf !== null), { ...asOfVariables, id: unit.id, from: shiftPeriod(lastMonth, -11).from, to: lastMonth.to });
  if (error && !data?.orgUnit) return <Failure lang={lang} error={error} retry={reload} />;
  if (!data?.orgUnit) return <Loading lang={lang} />;
  const profile = data.orgUnit;
  const vacancies = vacanciesOf(profile.level, profile.officers.map((officer) => officer.position));
  const past = profile.officerHistory.filter((officer) => !officer.current);
  return (
    <section class="profile">
      <p class="muted">{t(lang, 'profile.established', { date: formatDay(lang, profile.establishedOn) })} · {tEnum(lang, 'level', profile.level)}</p>
      <div class="columns">
        <section>
          <h3>{t(lang, 'profile.officers')}</h3>
          {profile.officers.length === 0 ? <p class="muted">{t(lang, 'profile.noOfficer')}</p> : <ul class="officers">{profile.officers.map((o) => <OfficerItem key={o.id} lang={lang} officer={o} />)}</ul>}
          <h3>{t(lang, 'profile.vacancies')}</h3>
          {vacancies.length === 0 ? <p class="muted">{t(lang, 'profile.noVacancy')}</p> : <ul class="vacancies">{vacancies.map((p) => <li key={p}>{tEnum(lang, 'position', p)}</li>)}</ul>}
          {past.length > 0 && <><h3>{t(lang, 'profile.history')}</h3><ul>{past.map((o) => <OfficerItem key={o.id} lang={lang} officer={o} />)}</ul></>}
        </section>
        <section>
          <h3>{t(lang, 'profile.subunits')}</h3>
          {unit.children.length === 0 ? <p class="muted">{t(lang, 'children.empty')}</p> : (
            <ul>{unit.children.map((child) => <li key={child.id}><Link to={{ unit: child.id }}><Text value={child.name} lang={lang} /></Link> <span class="tag">{tEnum(lang, 'level', child.level)}</span></li>)}</ul>
          )}
        </section>
      </div>
      <h3>{t(lang, 'profile.memberTrend')}</h3>
      <Chart
        lang={lang}
        xLabel={t(lang, 'series.bucket')}
        title=""
        ticks={profile.trend.map((bucket) => formatBucket(lang, 'MONTH', bucket.label, bucket.start))}
        series={[
          { label: t(lang, 'metric.membersJoined'), values: profile.trend.map((bucket) => bucket.membersJoined) },
          { label: t(lang, 'metric.membersLeft'), values: profile.trend.map((bucket) => bucket.membersLeft), dashed: true },
        ]}
      />
    </section>
  );
};
