import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCsv } from './csv';

/**
 * Morocco's administrative divisions as vendored in `reference/morocco/` (HCP codes,
 * French and Arabic names; CC BY 4.0, see its README). Read from disk on demand:
 * the service itself never needs them.
 */
export interface Region {
  readonly code: string;
  readonly nameFr: string;
  readonly nameAr: string;
}

export type ProvinceType = 'prefecture' | 'province';

export interface Province extends Region {
  readonly type: ProvinceType;
  readonly regionCode: string;
}

export interface Commune extends Region {
  readonly type: 'urban' | 'rural';
  readonly regionCode: string;
  readonly provinceCode: string;
}

export interface MoroccoReference {
  readonly regions: readonly Region[];
  /** The 75 prefectures and provinces; Casablanca's 8 prefectures of arrondissements are left out (see below). */
  readonly provinces: readonly Province[];
  readonly communes: readonly Commune[];
}

const FOLDER = join('reference', 'morocco');

/** The vendored folder, found from this file up, so it works from src/ (tests) and dist/ (CLI) alike. */
export const moroccoReferenceFolder = (from = __dirname): string => {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, FOLDER, 'regions.csv'))) return join(folder, FOLDER);
    if (dirname(folder) === folder) throw new Error(`No ${FOLDER}/ folder above ${from}`);
  }
};

export const loadMoroccoReference = (folder = moroccoReferenceFolder()): MoroccoReference => {
  const read = (file: string): Array<Record<string, string>> => parseCsv(readFileSync(join(folder, file), 'utf8'));
  const regions = read('regions.csv').map((row) => ({ code: row.code!, nameFr: row.name_fr!, nameAr: row.name_ar! }));
  // The prefectures of arrondissements divide the prefecture of Casablanca for the state, but
  // its one commune (Casablanca) hangs under the prefecture itself: they are no level of their own.
  const provinces = read('provinces.csv')
    .filter((row) => row.type === 'prefecture' || row.type === 'province')
    .map((row) => ({ code: row.code!, nameFr: row.name_fr!, nameAr: row.name_ar!, type: row.type as ProvinceType, regionCode: row.region_code! }));
  const communes = read('communes.csv').map((row) => ({
    code: row.code!,
    nameFr: row.name_fr!,
    nameAr: row.name_ar!,
    type: row.type as Commune['type'],
    regionCode: row.region_code!,
    provinceCode: row.province_code!,
  }));
  return { regions, provinces, communes };
};
