import type { RecordedEvent } from '../../../events/envelope';
import { anchorHashOf, EventsDigest, FIRST_ANCHOR_PREVIOUS_HASH, type StoredAnchor } from '../../../infrastructure/event-store/integrity/anchor';
import { checkLink, EMPTY_CHAIN, type ChainEnd, type LinkProblemKind } from '../../../infrastructure/event-store/integrity/chain-link';

export interface BrokenLink {
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  readonly eventId: string;
  readonly problem: LinkProblemKind;
  readonly expected: string;
  readonly found: string;
}

export type AnchorProblemKind =
  | 'MALFORMED'
  | 'ANCHOR_HASH_MISMATCH'
  | 'PREVIOUS_ANCHOR_MISMATCH'
  | 'LAST_EVENT_MISSING'
  | 'LAST_EVENT_MOVED'
  | 'EVENT_COUNT_MISMATCH'
  | 'EVENTS_DIGEST_MISMATCH'
  | 'KEPT_ANCHOR_NOT_FOUND';

export interface BrokenAnchor {
  readonly sequence: number | null;
  readonly anchorEventId: string | null;
  readonly problem: AnchorProblemKind;
  readonly expected: string;
  readonly found: string;
}

export interface IntegrityReport {
  readonly clean: boolean;
  readonly eventsChecked: number;
  readonly streamsChecked: number;
  readonly sealedEvents: number;
  readonly unsealedEvents: number;
  readonly brokenLinks: number;
  readonly firstBrokenLink: BrokenLink | null;
  readonly anchorsChecked: number;
  readonly brokenAnchors: number;
  readonly firstBrokenAnchor: BrokenAnchor | null;
  /** Events after the last matched anchor's last event: covered by their chains only. */
  readonly eventsAfterLastAnchor: number;
  readonly lastAnchorHash: string | null;
  readonly headPosition: string | null;
}

/**
 * Recomputes every stream's chain and every anchor over the log, fed in log
 * order; pure (no I/O), so the same verdict comes from every store. Anchors are
 * given up front (read before the log's head): an anchor's events are known by
 * its last event's id, so a deleted, added or reordered event changes the count
 * or the digest of the anchor covering it, and a deleted last event leaves the
 * anchor unmatched.
 */
export class IntegrityVerifier {
  private readonly ends = new Map<string, ChainEnd>();
  private segment = new EventsDigest();
  private next = 0;
  private previousAnchorHash = FIRST_ANCHOR_PREVIOUS_HASH;
  private counts = { events: 0, sealed: 0, unsealed: 0, brokenLinks: 0, brokenAnchors: 0 };
  private firstBrokenLink: BrokenLink | null = null;
  private firstBrokenAnchor: BrokenAnchor | null = null;
  private readonly anchors: readonly StoredAnchor[];

  constructor(
    private readonly stored: readonly StoredAnchor[],
    /** An anchorHash the auditor kept from an earlier run: it must still be in the log. */
    private readonly keptAnchorHash: string | null = null,
  ) {
    for (const anchor of stored.filter((candidate) => !candidate.data)) this.anchorBroken(anchor, 'MALFORMED', 'an anchor', 'other data');
    this.anchors = stored.filter((anchor) => anchor.data);
  }

  accept(event: RecordedEvent): void {
    const check = checkLink(this.ends.get(event.streamId) ?? EMPTY_CHAIN, event);
    this.ends.set(event.streamId, check.next);
    this.counts.events += 1;
    if (event.metadata.hash === undefined) this.counts.unsealed += 1;
    else this.counts.sealed += 1;
    if (check.problem) {
      this.counts.brokenLinks += 1;
      const { streamId, revision, position, id: eventId } = event;
      this.firstBrokenLink ??= { streamId, revision, position, eventId, problem: check.problem.kind, expected: check.problem.expected, found: check.problem.found };
    }
    this.segment.add(check.hash);
    this.closeAnchorEndingAt(event);
  }

  finish(headPosition: string | null): IntegrityReport {
    for (const anchor of this.anchors.slice(this.next)) {
      const last = anchor.data!.lastEvent;
      this.anchorBroken(anchor, 'LAST_EVENT_MISSING', `${last.streamId}@${last.revision} (${last.id})`, 'not in the log after the previous anchor');
    }
    const kept = this.keptAnchorHash;
    if (kept !== null && !this.anchors.some((anchor) => anchor.data?.anchorHash === kept)) {
      this.anchorBroken(null, 'KEPT_ANCHOR_NOT_FOUND', kept, 'no anchor with this hash');
    }
    return {
      clean: this.counts.brokenLinks === 0 && this.counts.brokenAnchors === 0,
      eventsChecked: this.counts.events,
      streamsChecked: this.ends.size,
      sealedEvents: this.counts.sealed,
      unsealedEvents: this.counts.unsealed,
      brokenLinks: this.counts.brokenLinks,
      firstBrokenLink: this.firstBrokenLink,
      anchorsChecked: this.stored.length,
      brokenAnchors: this.counts.brokenAnchors,
      firstBrokenAnchor: this.firstBrokenAnchor,
      eventsAfterLastAnchor: this.segment.count,
      lastAnchorHash: this.anchors.at(-1)?.data?.anchorHash ?? null,
      headPosition,
    };
  }

  private closeAnchorEndingAt(event: RecordedEvent): void {
    const anchor = this.anchors[this.next];
    if (!anchor?.data || anchor.data.lastEvent.id !== event.id) return;
    const { data } = anchor;
    const problems: Array<[AnchorProblemKind, string, string]> = [
      ['ANCHOR_HASH_MISMATCH', anchorHashOf(data), data.anchorHash],
      ['PREVIOUS_ANCHOR_MISMATCH', this.previousAnchorHash, data.previousAnchorHash],
      ['LAST_EVENT_MOVED', `${data.lastEvent.streamId}@${data.lastEvent.revision}`, `${event.streamId}@${event.revision}`],
      ['EVENT_COUNT_MISMATCH', String(data.eventCount), String(this.segment.count)],
      ['EVENTS_DIGEST_MISMATCH', data.eventsDigest, this.segment.digest()],
    ];
    const problem = problems.find(([, expected, found]) => expected !== found);
    if (problem) this.anchorBroken(anchor, ...problem);
    this.previousAnchorHash = data.anchorHash;
    this.segment = new EventsDigest();
    this.next += 1;
  }

  private anchorBroken(anchor: StoredAnchor | null, problem: AnchorProblemKind, expected: string, found: string): void {
    this.counts.brokenAnchors += 1;
    this.firstBrokenAnchor ??= { sequence: anchor?.sequence ?? null, anchorEventId: anchor?.eventId ?? null, problem, expected, found };
  }
}
