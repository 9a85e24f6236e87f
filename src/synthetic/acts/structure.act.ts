import { orgUnitStreamId } from '../../events/stream-ids';
import type { LocalizedText } from '../../events/shared.types';
import { decide as establish } from '../../modules/org-units/establish-org-unit/establish-org-unit.decide';
import { orgUnitState } from '../../modules/org-units/org-units.state';
import { DEFAULT_KIND, moroccoPlan } from '../../modules/territory/import-territory/territory-plan';
import type { MoroccoReference } from '../../modules/territory/reference/morocco.reference';
import type { SyntheticEmitter } from '../synthetic-emitter';
import { SYNTHETIC_ROOT_ID } from '../synthetic-options';
import type { SyntheticWorld, Unit } from '../synthetic-world';

const ROOT_NAME: LocalizedText = { ar: 'الحزب (بيانات تجريبية)', fr: 'Le Parti (données synthétiques)', en: 'The Party (synthetic data)' };
const PARALLEL = [
  { id: `${SYNTHETIC_ROOT_ID}-youth`, name: { ar: 'منظمة الشباب', fr: 'Organisation de la jeunesse', en: 'Youth organization' } },
  { id: `${SYNTHETIC_ROOT_ID}-women`, name: { ar: 'منظمة النساء', fr: 'Organisation des femmes', en: "Women's organization" } },
] as const;

/** The day each level is established: the whole tree stands within the first week. */
const DAY_OF = { NATIONAL: 0, REGIONAL: 0, PROVINCIAL: 1 } as const;
export const OPEN_DAY = 7;

/**
 * The party, its youth and women's organizations, and Morocco's regions,
 * prefectures and provinces, and communes as secretariats, each through the
 * EstablishOrgUnit decider with its parent's state as the handler would load it.
 */
export const establishStructure = (world: SyntheticWorld, emitter: SyntheticEmitter, reference: MoroccoReference): void => {
  const found = (unit: Unit, day: number, input: { kind: string; parallel: boolean; name: LocalizedText; territory: Parameters<typeof establish>[0]['territory'] }): void => {
    const parent = unit.parent === null ? null : world.units[unit.parent]!.state;
    const decided = establish(
      {
        unitId: unit.id,
        parentId: unit.parent === null ? null : world.units[unit.parent]!.id,
        level: unit.level,
        kind: input.kind,
        parallel: input.parallel,
        name: input.name,
        shortName: null,
        territory: input.territory,
        establishedOn: world.dates[day]!,
        parent,
        now: world.evenings[day]!,
      },
      unit.state,
    );
    emitter.emit(orgUnitStreamId(unit.id), unit.revision + 1, decided);
    for (const event of decided) unit.state = orgUnitState.evolve(unit.state, event);
    unit.revision += decided.length;
  };

  const root = world.addUnit({ id: SYNTHETIC_ROOT_ID, level: 'NATIONAL', parallel: false, nameAr: 'الحزب', nameFr: 'Le Parti', urban: false, parent: null });
  found(root, DAY_OF.NATIONAL, { kind: 'PARTY', parallel: false, name: ROOT_NAME, territory: { country: 'MA', code: null } });
  for (const organization of PARALLEL) {
    const unit = world.addUnit({ id: organization.id, level: 'NATIONAL', parallel: true, nameAr: organization.name.ar, nameFr: organization.name.fr, urban: false, parent: root.index });
    found(unit, DAY_OF.NATIONAL, { kind: 'PARALLEL_ORGANIZATION', parallel: true, name: organization.name, territory: null });
  }
  const byId = new Map<string, number>([[root.id, root.index]]);
  const plan = moroccoPlan(reference, { rootId: SYNTHETIC_ROOT_ID, depth: 'commune' });
  const urban = new Set(reference.communes.filter((commune) => commune.type === 'urban').map((commune) => commune.code));
  plan.forEach((planned, index) => {
    const unit = world.addUnit({
      id: planned.unitId,
      level: planned.level,
      parallel: false,
      nameAr: planned.name.ar!,
      nameFr: planned.name.fr!,
      urban: urban.has(planned.territory.code),
      parent: byId.get(planned.parentId)!,
    });
    byId.set(unit.id, unit.index);
    // Communes over days 2 to 6, in plan order.
    const day = planned.level === 'LOCAL' ? 2 + Math.floor((index * 5) / plan.length) : DAY_OF[planned.level];
    found(unit, day, { kind: DEFAULT_KIND, parallel: false, name: planned.name, territory: planned.territory });
  });
};
