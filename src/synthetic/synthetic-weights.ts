import { cumulativeOf, type Random } from './random';
import type { Unit } from './synthetic-world';

interface Shares {
  readonly root: number;
  readonly parallel: number;
  readonly regions: number;
  readonly provinces: number;
  readonly communes: number;
  /** How much more an urban commune weighs than a rural one. */
  readonly urban: number;
}

const JOINING: Shares = { root: 0.004, parallel: 0.02, regions: 0.01, provinces: 0.08, communes: 0.866, urban: 3 };
const MEETING: Shares = { root: 0.015, parallel: 0.01, regions: 0.06, provinces: 0.2, communes: 0.705, urban: 2 };

/**
 * Where members join and where meetings are held, as running sums over the units.
 * Each region gets a factor between 0.6 and 1.4, each unit some noise, so regions
 * and provinces differ the way real ones do.
 */
export const unitWeights = (units: readonly Unit[], random: Random): { joining: Float64Array; meeting: Float64Array } => {
  const regionOf = (unit: Unit): Unit | null => {
    let current: Unit | null = unit;
    while (current && current.level !== 'REGIONAL') current = current.parent === null ? null : units[current.parent]!;
    return current;
  };
  const regionFactor = new Map(units.filter((unit) => unit.level === 'REGIONAL').map((unit) => [unit.index, 0.6 + 0.8 * random.next()]));
  const noise = units.map(() => 0.5 + random.next());
  const count = (test: (unit: Unit) => boolean): number => units.filter(test).length;
  const parallels = count((unit) => unit.parallel);
  const regions = count((unit) => unit.level === 'REGIONAL');
  const provinces = count((unit) => unit.level === 'PROVINCIAL');
  const communeWeight = (unit: Unit, shares: Shares): number => (unit.urban ? shares.urban : 1) * (regionFactor.get(regionOf(unit)?.index ?? -1) ?? 1) * noise[unit.index]!;

  const weightsBy = (shares: Shares): number[] => {
    const communeTotal = units.filter((unit) => unit.level === 'LOCAL').reduce((sum, unit) => sum + communeWeight(unit, shares), 0);
    return units.map((unit) => {
      if (unit.parent === null) return shares.root;
      if (unit.parallel) return shares.parallel / parallels;
      const factor = (regionFactor.get(regionOf(unit)?.index ?? -1) ?? 1) * noise[unit.index]!;
      if (unit.level === 'REGIONAL') return (shares.regions / regions) * factor;
      if (unit.level === 'PROVINCIAL') return (shares.provinces / provinces) * factor;
      return (shares.communes * communeWeight(unit, shares)) / communeTotal;
    });
  };
  return { joining: cumulativeOf(weightsBy(JOINING)), meeting: cumulativeOf(weightsBy(MEETING)) };
};
