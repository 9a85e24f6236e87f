/** A GraphQL enum object from one of the contract's `as const` value lists. */
export const enumOf = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
