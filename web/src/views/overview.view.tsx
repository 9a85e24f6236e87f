import { overview } from '../api/documents';
import type { ChildActivity, Figures } from '../api/types';
import { useQuery } from '../api/use-query';
import { Failure, Loading } from '../components/states';
import { formatPeriod } from '../lib/format';
import { t, tn } from '../lib/i18n';
import { ChildrenTable } from './children-table';
import type { Scope } from './scope';
import { Tiles } from './tiles';

interface OverviewData {
  readonly orgUnit: { readonly current: Figures; readonly comparison?: Figures; readonly children?: readonly ChildActivity[] } | null;
  readonly activityByChild?: readonly ChildActivity[];
}

export const OverviewView = ({ lang, unit, period, comparison, asOf, asOfVariables }: Scope) => {
  const { data, error, reload } = useQuery<OverviewData>(overview(asOf !== null), {
    ...asOfVariables,
    id: unit.id,
    from: period.from,
    to: period.to,
    cFrom: comparison?.from ?? period.from,
    cTo: comparison?.to ?? period.to,
    compare: comparison !== null,
  });
  if (error && !data?.orgUnit) return <Failure lang={lang} error={error} retry={reload} />;
  if (!data?.orgUnit) return <Loading lang={lang} />;
  const { current } = data.orgUnit;
  return (
    <section class="overview">
      <p class="summary-line" data-testid="summary-line">
        {t(lang, 'overview.summary', {
          meetings: tn(lang, 'meetings', current.meetingsHeld),
          resolutions: tn(lang, 'resolutions', current.resolutionsAdopted),
          period: formatPeriod(lang, period),
        })}
      </p>
      <Tiles lang={lang} current={current} comparison={data.orgUnit.comparison ?? null} comparisonPeriod={comparison} />
      <ChildrenTable lang={lang} rows={data.activityByChild ?? data.orgUnit.children ?? []} />
    </section>
  );
};
