import type { UnitHeader } from '../api/types';
import { t } from '../lib/i18n';
import type { Lang } from '../lib/locale';
import { Link } from './link';
import { Text } from './text';

/** The way back up: the party, its region, the province being looked at. */
export const Breadcrumb = ({ unit, lang }: { readonly unit: UnitHeader; readonly lang: Lang }) => (
  <nav class="breadcrumb" aria-label={t(lang, 'breadcrumb.label')}>
    <ol>
      {unit.ancestors.map((ancestor) => (
        <li key={ancestor.id}>
          <Link to={{ unit: ancestor.id, item: null }} data-unit={ancestor.id}>
            <Text value={ancestor.name} lang={lang} />
          </Link>
        </li>
      ))}
      <li aria-current="page" data-unit={unit.id}>
        <Text value={unit.name} lang={lang} />
      </li>
    </ol>
  </nav>
);
