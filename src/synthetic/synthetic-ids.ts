import { v5 as uuidv5 } from 'uuid';

// Fixed: changing it would give every history new ids, and stores seeded before would no longer resume.
const SYNTHETIC_NAMESPACE = '6b7c3f0e-2d4a-5e8b-9c1d-3a5f7e9b1c2d';

export type IdKind = 'event' | 'correlation' | 'member' | 'meeting' | 'resolution';

/** Name-based UUIDs: the n-th member of a history has the same id on every run with the same options. */
export const syntheticIds = (runKey: string) => ({
  of: (kind: IdKind, n: number): string => uuidv5(`${runKey}#${kind}#${n}`, SYNTHETIC_NAMESPACE),
});

export type SyntheticIds = ReturnType<typeof syntheticIds>;
