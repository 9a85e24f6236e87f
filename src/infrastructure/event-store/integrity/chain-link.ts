import { GENESIS_HASH, sealOf, type StoredEnvelope } from './event-seal';

/** Where a stream's chain ends: its last revision, the hash the next event must name, and whether that event was sealed. */
export interface ChainEnd {
  readonly revision: number;
  readonly hash: string;
  readonly sealed: boolean;
}

export const EMPTY_CHAIN: ChainEnd = { revision: -1, hash: GENESIS_HASH, sealed: false };

export type LinkProblemKind = 'REVISION_GAP' | 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' | 'SEAL_MISSING';

export interface LinkProblem {
  readonly kind: LinkProblemKind;
  readonly expected: string;
  readonly found: string;
}

export interface LinkCheck {
  readonly next: ChainEnd;
  /** What this event's hash is given its content and the link it names: what an anchor digests. */
  readonly hash: string;
  readonly problem: LinkProblem | null;
}

/**
 * One step of a stream's chain. Events recorded before sealing existed carry no
 * hash: they are "unsealed", not tampered, and chain on a hash computed from
 * their content (the same rule the store used when it sealed the next event).
 * Once a stream holds a sealed event, an unsealed one after it means a seal was
 * stripped. After a broken link the chain continues from the stored hash, so one
 * altered event is reported once, not once per later event.
 */
export const checkLink = (end: ChainEnd, event: StoredEnvelope): LinkCheck => {
  const { hash: stored, previousHash } = event.metadata;
  if (stored === undefined) {
    const hash = sealOf(event, end.hash);
    const next = { revision: event.revision, hash, sealed: false };
    return { next, hash, problem: gapOf(end, event) ?? (end.sealed ? { kind: 'SEAL_MISSING', expected: 'a hash', found: 'none' } : null) };
  }
  const hash = sealOf(event, previousHash ?? end.hash);
  const next = { revision: event.revision, hash: stored, sealed: true };
  const problem: LinkProblem | null =
    gapOf(end, event) ??
    (hash !== stored ? { kind: 'HASH_MISMATCH', expected: hash, found: stored } : null) ??
    (previousHash !== end.hash ? { kind: 'PREVIOUS_HASH_MISMATCH', expected: end.hash, found: previousHash ?? 'none' } : null);
  return { next, hash, problem };
};

const gapOf = (end: ChainEnd, event: StoredEnvelope): LinkProblem | null =>
  event.revision === end.revision + 1
    ? null
    : { kind: 'REVISION_GAP', expected: String(end.revision + 1), found: String(event.revision) };

/** The end of a chain read whole from revision 0, as an append continues it. Trusts stored hashes: verifying is not its job. */
export const chainEndOf = (events: readonly StoredEnvelope[]): ChainEnd =>
  events.reduce<ChainEnd>((end, event) => {
    const stored = event.metadata.hash;
    return stored === undefined
      ? { revision: event.revision, hash: sealOf(event, end.hash), sealed: false }
      : { revision: event.revision, hash: stored, sealed: true };
  }, EMPTY_CHAIN);
