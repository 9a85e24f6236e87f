import { formatPeriod, ORGANIZATION_TIME_ZONE } from '../lib/format';
import { t } from '../lib/i18n';
import { dirOf, type Lang } from '../lib/locale';
import { COMPARISON_MODES, currentPeriod, PERIOD_KINDS, periodOf, shiftPeriod, type ComparisonMode, type Period, type PeriodKind } from '../lib/periods';
import { navigate } from '../state/router';

interface PeriodPickerProps {
  readonly lang: Lang;
  readonly period: Period;
  readonly compare: ComparisonMode;
}

/** The period and the comparison every figure on the page is about; both live in the URL. */
export const PeriodPicker = ({ lang, period, compare }: PeriodPickerProps) => {
  const go = (next: Period) => navigate({ period: next.key });
  // Earlier lies towards the line's start: rightwards in Arabic. Arrows are not mirrored by the bidi algorithm, so pick them.
  const [earlier, later] = dirOf(lang) === 'rtl' ? ['→', '←'] : ['←', '→'];
  return (
    <div class="period-picker">
      <label>
        <span class="label">{t(lang, 'period.label')}</span>
        <select value={period.kind} onChange={(event) => go(periodOf(period.from, event.currentTarget.value as PeriodKind))}>
          {PERIOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(lang, `period.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <div class="stepper">
        <button type="button" aria-label={t(lang, 'period.previous')} title={t(lang, 'period.previous')} onClick={() => go(shiftPeriod(period, -1))}>
          {earlier}
        </button>
        <strong class="period-name" data-period={period.key}>
          {formatPeriod(lang, period)}
        </strong>
        <button type="button" aria-label={t(lang, 'period.next')} title={t(lang, 'period.next')} onClick={() => go(shiftPeriod(period, 1))}>
          {later}
        </button>
        <button type="button" class="quiet" onClick={() => go(currentPeriod(period.kind, ORGANIZATION_TIME_ZONE, new Date()))}>
          {t(lang, 'period.current')}
        </button>
      </div>
      <label>
        <span class="label">{t(lang, 'compare.label')}</span>
        <select value={compare} onChange={(event) => navigate({ compare: event.currentTarget.value as ComparisonMode })}>
          {COMPARISON_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(lang, `compare.${mode}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
};
