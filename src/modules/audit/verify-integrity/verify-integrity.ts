import type { EventStore } from '../../../infrastructure/event-store/event-store.port';
import { ANCHOR_STREAM, toStoredAnchor } from '../../../infrastructure/event-store/integrity/anchor';
import { IntegrityVerifier, type IntegrityReport } from './integrity-verifier';

export interface VerifyOptions {
  readonly keptAnchorHash?: string | null;
  readonly onProgress?: (eventsChecked: number, position: string) => void;
  readonly signal?: AbortSignal;
  readonly pageSize?: number;
}

/**
 * Feeds the whole log, up to its head as of the start, through the pure
 * verifier, using nothing but the port. Anchors are read before the head, so
 * every anchor's events are inside the scanned range. Memory holds one chain
 * end per stream and one page of events.
 */
export const verifyIntegrity = async (store: EventStore, options: VerifyOptions = {}): Promise<IntegrityReport> => {
  const anchors = (await store.readStream(ANCHOR_STREAM)).map(toStoredAnchor);
  const head = await store.headPosition();
  const verifier = new IntegrityVerifier(anchors, options.keptAnchorHash ?? null);
  let checked = 0;
  for (let cursor: string | null = null, reachedHead = head === null; !reachedHead; ) {
    if (options.signal?.aborted) throw new Error('Verification interrupted; nothing was changed, run it again to verify');
    const page = await store.readAll({ after: cursor, limit: options.pageSize ?? 1000 });
    for (const event of page.events) {
      if (store.comparePositions(event.position, head!) > 0) {
        reachedHead = true;
        break;
      }
      verifier.accept(event);
      checked += 1;
      if (event.position === head) reachedHead = true;
    }
    if (page.isEnd || page.events.length === 0) reachedHead = true;
    cursor = page.nextCursor;
    options.onProgress?.(checked, cursor ?? '');
  }
  return verifier.finish(head);
};
