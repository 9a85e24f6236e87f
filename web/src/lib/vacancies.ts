/**
 * The single-holder positions a unit of this level is expected to fill. The
 * register knows which positions allow one holder (SINGLE_HOLDER_POSITIONS on
 * the write side); which of them a unit must fill is the dashboard's reading
 * of a party's structure, so it lives here.
 */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  NATIONAL: ['SECRETARY_GENERAL', 'TREASURER', 'SPOKESPERSON'],
  REGIONAL: ['SECRETARY_GENERAL', 'TREASURER'],
  PROVINCIAL: ['SECRETARY_GENERAL', 'TREASURER'],
  LOCAL: ['LOCAL_SECRETARY'],
};

export const vacanciesOf = (level: string, heldPositions: readonly string[]): string[] =>
  (EXPECTED[level] ?? []).filter((position) => !heldPositions.includes(position));
