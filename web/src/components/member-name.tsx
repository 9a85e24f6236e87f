import type { MemberName as Member } from '../api/types';
import { t } from '../lib/i18n';
import type { Lang } from '../lib/locale';
import { Text } from './text';

/** A member's honorific and name, or why there is none to show: erased for good, or outside what the key may read. */
export const MemberName = ({ member, lang }: { readonly member: Member; readonly lang: Lang }) => {
  if (member.erased) return <span class="muted">{t(lang, 'member.erased')}</span>;
  if (member.personalDataHidden || !member.fullName) return <span class="muted">{t(lang, 'member.hidden')}</span>;
  return (
    <>
      <Text value={member.honorific} lang={lang} class="honorific" /> <Text value={member.fullName} lang={lang} />
    </>
  );
};
