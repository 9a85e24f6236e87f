import { Rich } from './rich';
import { formatDay, formatInstant } from '../lib/format';
import type { AsOf } from '../lib/as-of';
import { t } from '../lib/i18n';
import type { Lang } from '../lib/locale';
import { navigate } from '../state/router';

/** The global "as of" switch: a past day, or empty for the present. */
export const AsOfPicker = ({ lang, asOf, today }: { readonly lang: Lang; readonly asOf: AsOf | null; readonly today: string }) => (
  <label class="as-of-picker" title={t(lang, 'asOf.hint')}>
    <span class="label">{t(lang, 'asOf.label')}</span>
    <input
      type="date"
      max={today}
      value={asOf?.kind === 'day' ? asOf.day : ''}
      onChange={(event) => navigate({ asOf: event.currentTarget.value || null })}
    />
  </label>
);

/** While the past is shown, every view says so and offers the way back. */
export const AsOfBanner = ({ lang, asOf }: { readonly lang: Lang; readonly asOf: AsOf }) => (
  <div class="as-of-banner" role="status" data-testid="as-of-banner">
    <span>
      <Rich
        lang={lang}
        id={asOf.kind === 'day' ? 'asOf.bannerDay' : 'asOf.bannerInstant'}
        params={{ date: asOf.kind === 'day' ? formatDay(lang, asOf.day) : formatInstant(lang, asOf.instant) }}
      />
    </span>
    <button type="button" onClick={() => navigate({ asOf: null })}>
      {t(lang, 'asOf.back')}
    </button>
  </div>
);
