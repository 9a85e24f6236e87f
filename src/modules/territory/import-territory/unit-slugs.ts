import type { MoroccoReference } from '../reference/morocco.reference';

/** A readable unit id from a French name: "Fès-Meknès" → "fes-meknes", "M'diq-Fnideq" → "m-diq-fnideq". */
export const slugOf = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export interface UnitSlugs {
  /** By HCP code. */
  readonly regions: ReadonlyMap<string, string>;
  readonly provinces: ReadonlyMap<string, string>;
  readonly communes: ReadonlyMap<string, string>;
}

/**
 * Unit ids for every division, unique across all three levels and the same on
 * every run (they depend on the data only, never on what the store holds):
 * a region is its name; a province too, or `<name>-<prefecture|province>` beside a
 * region of that name; a commune is its name, `<name>-<province>` when communes of
 * several provinces share the name, and `<name>-commune` beside a region or
 * province of that name (the seat of El Hajeb province is `el-hajeb-commune`).
 */
export const unitSlugs = (reference: MoroccoReference): UnitSlugs => {
  const regions = new Map(reference.regions.map((region) => [region.code, slugOf(region.nameFr)]));
  const taken = new Set(regions.values());
  const provinces = new Map(
    reference.provinces.map((province) => {
      const slug = slugOf(province.nameFr);
      return [province.code, taken.has(slug) ? `${slug}-${province.type}` : slug];
    }),
  );
  for (const slug of provinces.values()) taken.add(slug);

  const homonyms = new Map<string, number>();
  for (const commune of reference.communes) homonyms.set(slugOf(commune.nameFr), (homonyms.get(slugOf(commune.nameFr)) ?? 0) + 1);
  const communes = new Map<string, string>();
  for (const commune of reference.communes) {
    let slug = slugOf(commune.nameFr);
    if (homonyms.get(slug)! > 1) slug = `${slug}-${provinces.get(commune.provinceCode)}`;
    if (taken.has(slug)) slug = `${slug}-commune`;
    if (taken.has(slug)) slug = `${slug}-${commune.code.replace(/\D/g, '')}`;
    taken.add(slug);
    communes.set(commune.code, slug);
  }
  return { regions, provinces, communes };
};
