import { t } from '../lib/i18n';
import { dirOf, LANGS, type Lang } from '../lib/locale';
import { Link } from './link';

// Each language is named in itself, so a reader finds theirs whatever the page is in.
const NAMES: Record<Lang, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

export const LanguageSwitch = ({ lang }: { readonly lang: Lang }) => (
  <nav class="languages" aria-label={t(lang, 'language.label')}>
    {LANGS.map((other) => (
      <Link key={other} to={{ lang: other }} lang={other} dir={dirOf(other)} aria-current={other === lang ? 'true' : undefined}>
        {NAMES[other]}
      </Link>
    ))}
  </nav>
);
