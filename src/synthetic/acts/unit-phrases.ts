import type { LocalizedText } from '../../events/shared.types';
import type { Unit } from '../synthetic-world';
import { LEVEL_WORDS } from '../texts/meeting-texts';

/** How a record names the body that met: "الأمانة الإقليمية بالحاجب", "Secrétariat provincial – El Hajeb". */
export const bodyOf = (unit: Unit): LocalizedText => {
  if (unit.parallel) return { ar: unit.nameAr, fr: unit.nameFr };
  if (unit.parent === null) return { ar: `${LEVEL_WORDS.NATIONAL.ar} ل${unit.nameAr}`, fr: `${LEVEL_WORDS.NATIONAL.fr} – ${unit.nameFr}` };
  return { ar: `${LEVEL_WORDS[unit.level].ar} ب${unit.nameAr}`, fr: `${LEVEL_WORDS[unit.level].fr} – ${unit.nameFr}` };
};
