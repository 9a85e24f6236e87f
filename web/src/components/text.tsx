import { localized, type Lang, type LocalizedText } from '../lib/locale';
import { t } from '../lib/i18n';

interface TextProps {
  readonly value: LocalizedText | null | undefined;
  readonly lang: Lang;
  readonly class?: string;
}

/**
 * A recorded text in the reader's language, or the closest one recorded.
 * <bdi> isolates its direction, so a French name inside an Arabic sentence (or
 * the reverse) neither reorders its neighbours nor is reordered by them.
 */
export const Text = ({ value, lang, class: className }: TextProps) => {
  const shown = localized(value, lang);
  if (!shown) return <span class={className}>{t(lang, 'common.none')}</span>;
  return (
    <bdi class={className} lang={shown.lang}>
      {shown.text}
    </bdi>
  );
};

/** A value whose direction must not leak: a number with its sign, an id, a date in Latin digits. */
export const Bdi = ({ children, class: className }: { readonly children: string | number; readonly class?: string }) => <bdi class={className}>{children}</bdi>;
