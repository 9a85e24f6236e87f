import { useState } from 'preact/hooks';
import { loadWorkedExample } from '../api/example';
import { Rich } from '../components/rich';
import { t } from '../lib/i18n';
import type { Lang } from '../lib/locale';
import { navigate } from '../state/router';

const FIRST_UNIT = `mutation {
  establishOrgUnit(input: {
    unitId: "pam", level: NATIONAL, kind: PARTY,
    name: { ar: "حزب الأصالة والمعاصرة", fr: "Parti Authenticité et Modernité" }
  }) { id position }
}`;

/** A new register: say how to fill it, and offer the worked example with one click. */
export const EmptyRegister = ({ lang }: { readonly lang: Lang }) => {
  const [state, setState] = useState<'idle' | 'loading' | string>('idle');
  const load = async () => {
    setState('loading');
    try {
      const { unitId, period } = await loadWorkedExample();
      navigate({ unit: unitId, period, view: 'overview' });
    } catch (error) {
      setState((error as Error).message);
    }
  };
  return (
    <section class="state state-empty empty-register">
      <h2>{t(lang, 'empty.register.title')}</h2>
      <p><Rich lang={lang} id="empty.register.body" params={{ establish: <code>establishOrgUnit</code>, record: <code>recordMeeting</code>, api: <a href="/graphql"><code>/graphql</code></a> }} /></p>
      <pre dir="ltr"><code>{FIRST_UNIT}</code></pre>
      <button type="button" onClick={load} disabled={state === 'loading'}>
        {state === 'loading' ? t(lang, 'empty.register.loading') : t(lang, 'empty.register.load')}
      </button>
      {state !== 'idle' && state !== 'loading' && <p role="alert">{t(lang, 'state.error', { message: state })}</p>}
    </section>
  );
};
