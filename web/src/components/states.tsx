import type { CombinedError } from '@urql/core';
import type { ComponentChildren } from 'preact';
import { isDenied } from '../api/client';
import { t } from '../lib/i18n';
import type { Lang } from '../lib/locale';

export const Loading = ({ lang }: { readonly lang: Lang }) => (
  <p class="state" role="status" aria-live="polite">
    {t(lang, 'state.loading')}
  </p>
);

export const Failure = ({ lang, error, retry }: { readonly lang: Lang; readonly error: CombinedError; readonly retry?: () => void }) => (
  <div class="state state-error" role="alert">
    <p>{isDenied(error) ? t(lang, 'auth.denied') : t(lang, 'state.error', { message: error.message })}</p>
    {retry && (
      <button type="button" onClick={retry}>
        {t(lang, 'state.retry')}
      </button>
    )}
  </div>
);

/** An empty state says what to do next, not just that there is nothing. */
export const Empty = ({ children }: { readonly children: ComponentChildren }) => <div class="state state-empty">{children}</div>;
