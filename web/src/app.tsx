import type { FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { ROOTS, unitHeader } from './api/documents';
import type { UnitHeader } from './api/types';
import { useQuery } from './api/use-query';
import { AsOfBanner, AsOfPicker } from './components/as-of';
import { Breadcrumb } from './components/breadcrumb';
import { LanguageSwitch } from './components/language-switch';
import { Link } from './components/link';
import { PeriodPicker } from './components/period-picker';
import { SignIn } from './components/sign-in';
import { Failure, Loading } from './components/states';
import { Text } from './components/text';
import { ORGANIZATION_TIME_ZONE } from './lib/format';
import { t, tEnum } from './lib/i18n';
import { localized } from './lib/locale';
import { parseAsOf, recordedAtOf } from './lib/as-of';
import { comparisonOf, currentPeriod, parsePeriod, todayIn } from './lib/periods';
import { VIEWS, type View } from './lib/route';
import { route } from './state/router';
import { EmptyRegister } from './views/empty-register';
import { FeedView } from './views/feed.view';
import { MeetingsView } from './views/meetings.view';
import { OverviewView } from './views/overview.view';
import { ProfileView } from './views/profile.view';
import { ResolutionsView } from './views/resolutions.view';
import type { Scope } from './views/scope';
import { SeriesView } from './views/series.view';

const VIEW_OF: Record<View, FunctionComponent<Scope>> = {
  overview: OverviewView,
  series: SeriesView,
  meetings: MeetingsView,
  resolutions: ResolutionsView,
  feed: FeedView,
  profile: ProfileView,
};

const Header = ({ lang, asOf }: { readonly lang: Scope['lang']; readonly asOf: Scope['asOf'] }) => (
  <header class="top">
    <div class="brand">
      <span class="logo" lang="ar">سجل</span>
      <span class="tagline">{t(lang, 'app.tagline')}</span>
    </div>
    <AsOfPicker lang={lang} asOf={asOf} today={todayIn(ORGANIZATION_TIME_ZONE, new Date())} />
    <LanguageSwitch lang={lang} />
    <SignIn lang={lang} />
  </header>
);

/** The frame: resolves the unit and period from the URL, then shows the chosen view of them. */
export const App = () => {
  const current = route.value;
  const lang = current.lang;
  const roots = useQuery<{ orgUnits: ReadonlyArray<{ id: string }> }>(ROOTS, current.unit ? null : {});
  const unitId = current.unit ?? roots.data?.orgUnits[0]?.id ?? null;
  const asOf = parseAsOf(current.asOf);
  const asOfVariables = asOf ? { asOf: { recordedAt: recordedAtOf(asOf, ORGANIZATION_TIME_ZONE) } } : {};
  const header = useQuery<{ orgUnit: UnitHeader | null }>(unitHeader(asOf !== null), unitId ? { id: unitId, ...asOfVariables } : null);
  const unit = header.data?.orgUnit ?? null;
  const period = parsePeriod(current.period) ?? currentPeriod('MONTH', ORGANIZATION_TIME_ZONE, new Date());
  const unitName = localized(unit?.name, lang)?.text;
  useEffect(() => {
    document.title = [unitName, t(lang, `nav.${current.view}`), t(lang, 'app.name')].filter(Boolean).join(' · ');
  }, [unitName, lang, current.view]);

  const body = (() => {
    if (!unitId) {
      if (roots.error) return <Failure lang={lang} error={roots.error} retry={roots.reload} />;
      return roots.data ? <EmptyRegister lang={lang} /> : <Loading lang={lang} />;
    }
    if (header.error && !unit) return <Failure lang={lang} error={header.error} retry={header.reload} />;
    if (!header.data) return <Loading lang={lang} />;
    if (!unit) return <p class="state">{t(lang, asOf ? 'asOf.unitMissing' : 'state.unitNotFound', { id: unitId })}</p>;
    const scope: Scope = { lang, route: current, unit, period, compare: current.compare, comparison: comparisonOf(period, current.compare), asOf, asOfVariables };
    const ViewOf = VIEW_OF[current.view];
    return (
      <>
        <div class="unit-bar">
          <Breadcrumb unit={unit} lang={lang} />
          <h1>
            <Text value={unit.name} lang={lang} /> <span class="tag">{tEnum(lang, 'level', unit.level)}</span>
          </h1>
          {current.view !== 'feed' && <PeriodPicker lang={lang} period={period} compare={current.compare} />}
        </div>
        <nav class="views" aria-label={t(lang, 'nav.label')}>
          {VIEWS.map((view) => (
            <Link key={view} to={{ view, item: null }} aria-current={view === current.view ? 'page' : undefined} data-view={view}>
              {t(lang, `nav.${view}`)}
            </Link>
          ))}
        </nav>
        <main id="main">
          <ViewOf key={`${unit.id}`} {...scope} />
        </main>
      </>
    );
  })();

  return (
    <>
      <Header lang={lang} asOf={asOf} />
      {asOf && <AsOfBanner lang={lang} asOf={asOf} />}
      {body}
    </>
  );
};
