import type { RecordedEvent } from '../../../events/envelope';
import type { EventStore } from '../../../infrastructure/event-store/event-store.port';
import type { AuditLogRequest } from './audit-log.request';

/** Events one request may read past the store's filters; a sparse filter then answers a short page and where it stopped. */
export const SCAN_BUDGET = 5000;
const READ_PAGE = 500;

export interface AuditLogScan {
  readonly events: readonly RecordedEvent[];
  /** Where the scan stopped: pass it as `after` to continue. Null only on an empty log. */
  readonly reached: string | null;
  /** True when the scan reached the head of the log. */
  readonly isEnd: boolean;
}

/**
 * Reads the log forwards from `after`, the store filtering by type and subtree and
 * the scan by actor and recorded time, until the page is full, the head is
 * reached or the budget is spent. Memory stays within one store page.
 */
export const scanAuditLog = async (store: EventStore, request: AuditLogRequest, budget = SCAN_BUDGET): Promise<AuditLogScan> => {
  const found: RecordedEvent[] = [];
  let reached = request.after;
  let scanned = 0;
  while (scanned < budget) {
    const page = await store.readAll({ after: reached, limit: Math.min(READ_PAGE, budget - scanned), filter: request.filter });
    for (const [index, event] of page.events.entries()) {
      scanned += 1;
      reached = event.position;
      if (!request.matches(event)) continue;
      found.push(event);
      if (found.length === request.first) {
        const lastOfLog = page.isEnd && index === page.events.length - 1;
        return { events: found, reached: lastOfLog ? (page.nextCursor ?? reached) : reached, isEnd: lastOfLog };
      }
    }
    reached = page.nextCursor ?? reached;
    if (page.isEnd) return { events: found, reached, isEnd: true };
  }
  return { events: found, reached, isEnd: false };
};
