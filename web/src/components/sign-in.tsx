import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { Lang } from '../lib/locale';
import { apiKey, signIn } from '../state/auth';

/** An API key or token field: the service decides what it may see, the dashboard only carries it. */
export const SignIn = ({ lang }: { readonly lang: Lang }) => {
  const [draft, setDraft] = useState(apiKey.value);
  return (
    <details class="sign-in">
      <summary>{apiKey.value ? t(lang, 'auth.signedIn') : t(lang, 'auth.open')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          signIn(draft);
        }}
      >
        <label>
          <span class="label">{t(lang, 'auth.key')}</span>
          <input type="password" dir="ltr" autocomplete="off" value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
        </label>
        <p class="hint">{t(lang, 'auth.hint')}</p>
        <button type="submit">{t(lang, 'auth.save')}</button>
        {apiKey.value && (
          <button
            type="button"
            class="quiet"
            onClick={() => {
              setDraft('');
              signIn('');
            }}
          >
            {t(lang, 'auth.signOut')}
          </button>
        )}
      </form>
    </details>
  );
};
