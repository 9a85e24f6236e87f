/** Physical name of a projection table in one generation. */
export const physicalTable = (projection: string, table: string, generation: number): string =>
  `rm_${projection}_${table}_g${generation}`.replace(/-/g, '_');
