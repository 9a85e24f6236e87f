import type { UnitKind } from '../../../events/org-units.events';
import type { LocalizedText, UnitLevel } from '../../../events/shared.types';
import type { MoroccoReference } from '../reference/morocco.reference';
import { unitSlugs } from './unit-slugs';

export const DEPTHS = ['region', 'province', 'commune'] as const;
export type Depth = (typeof DEPTHS)[number];

/** One unit to establish, with everything its EstablishOrgUnit command needs. */
export interface PlannedUnit {
  readonly unitId: string;
  readonly parentId: string;
  readonly level: Extract<UnitLevel, 'REGIONAL' | 'PROVINCIAL' | 'LOCAL'>;
  readonly name: LocalizedText;
  readonly territory: { readonly country: 'MA'; readonly region: string; readonly province?: string; readonly commune?: string; readonly code: string };
  /**
   * The same on every run for the same root and division, so a re-run replays
   * instead of writing, and an interrupted run resumes where it stopped.
   */
  readonly commandId: string;
}

export interface PlanOptions {
  /** The organization's NATIONAL unit the regions hang under. */
  readonly rootId: string;
  readonly depth: Depth;
  /** Put before every unit id, for a second organization in the same store. */
  readonly idPrefix?: string;
}

/** The units to establish, parents before children: every region, then every province, then every commune. */
export const moroccoPlan = (reference: MoroccoReference, options: PlanOptions): PlannedUnit[] => {
  const slugs = unitSlugs(reference);
  const prefix = options.idPrefix ?? '';
  const commandId = (code: string): string => `territory-import:MA:${options.rootId}:${code}`;
  const regionOf = new Map(reference.regions.map((region) => [region.code, region]));
  const provinceOf = new Map(reference.provinces.map((province) => [province.code, province]));

  const regions: PlannedUnit[] = reference.regions.map((region) => ({
    unitId: prefix + slugs.regions.get(region.code)!,
    parentId: options.rootId,
    level: 'REGIONAL',
    name: { ar: region.nameAr, fr: region.nameFr },
    territory: { country: 'MA', region: region.nameFr, code: region.code },
    commandId: commandId(region.code),
  }));
  if (options.depth === 'region') return regions;

  const provinces: PlannedUnit[] = reference.provinces.map((province) => ({
    unitId: prefix + slugs.provinces.get(province.code)!,
    parentId: prefix + slugs.regions.get(province.regionCode)!,
    level: 'PROVINCIAL',
    name: { ar: province.nameAr, fr: province.nameFr },
    territory: { country: 'MA', region: regionOf.get(province.regionCode)!.nameFr, province: province.nameFr, code: province.code },
    commandId: commandId(province.code),
  }));
  if (options.depth === 'province') return [...regions, ...provinces];

  const communes: PlannedUnit[] = reference.communes.map((commune) => ({
    unitId: prefix + slugs.communes.get(commune.code)!,
    parentId: prefix + slugs.provinces.get(commune.provinceCode)!,
    level: 'LOCAL',
    name: { ar: commune.nameAr, fr: commune.nameFr },
    territory: {
      country: 'MA',
      region: regionOf.get(commune.regionCode)!.nameFr,
      province: provinceOf.get(commune.provinceCode)!.nameFr,
      commune: commune.nameFr,
      code: commune.code,
    },
    commandId: commandId(commune.code),
  }));
  return [...regions, ...provinces, ...communes];
};

/** The kind of unit the import establishes when none is asked for: the party's secretariat at each level. */
export const DEFAULT_KIND: UnitKind = 'SECRETARIAT';
