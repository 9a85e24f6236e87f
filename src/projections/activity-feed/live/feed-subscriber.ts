import type { RecordedEvent } from '../../../events/envelope';
import { isActivityEventType } from '../../../events/registry';
import { DomainError } from '../../../modules/shared-kernel/domain-error';

/** What a subscriber asked for: a subtree and, optionally, some event types. */
export interface FeedFilter {
  readonly unitPath: string;
  readonly includeDescendants: boolean;
  /** Domain event types; empty means every type. */
  readonly eventTypes: ReadonlySet<string>;
}

export const matches = (filter: FeedFilter, event: RecordedEvent): boolean => {
  const path = event.metadata.unitPath;
  const inScope = path === filter.unitPath || (filter.includeDescendants && path.startsWith(`${filter.unitPath}/`));
  // Grants and keys live under unit paths too, but they are not activity.
  return inScope && isActivityEventType(event.type) && (filter.eventTypes.size === 0 || filter.eventTypes.has(event.type));
};

/**
 * One subscriber's queue between the shared tail and its connection. The tail
 * never waits for it: past `limit` waiting events the subscriber is ended with
 * FEED.SUBSCRIBER_TOO_SLOW (naming its last delivered cursor), so a stalled
 * client costs at most `limit` events of memory and slows nobody else.
 */
export class FeedSubscriber {
  // A ring would do too; an array with a read index keeps shift() from copying the queue.
  private queue: RecordedEvent[] = [];
  private head = 0;
  private wake: (() => void) | null = null;
  private ending: DomainError | null = null;
  private closed = false;
  private lastDelivered: string | null;

  constructor(
    readonly filter: FeedFilter,
    private readonly limit: number,
    /** Events at or before this cursor are never delivered (a resume from it). */
    after: string | null,
    private readonly compare: (a: string, b: string) => number,
    private readonly onClose: (subscriber: FeedSubscriber) => void,
  ) {
    this.lastDelivered = after;
  }

  get waiting(): number {
    return this.queue.length - this.head;
  }

  offer(event: RecordedEvent): void {
    if (this.closed || this.ending || !matches(this.filter, event)) return;
    const newest = this.waiting > 0 ? this.queue[this.queue.length - 1]!.position : this.lastDelivered;
    if (newest !== null && this.compare(event.position, newest) <= 0) return;
    if (this.waiting >= this.limit) {
      this.fail(
        new DomainError('FEED.SUBSCRIBER_TOO_SLOW', `More than ${this.limit} events waited for this subscriber; resume with after: its last cursor`, null, {
          resumeAfter: this.lastDelivered,
        }),
      );
      return;
    }
    this.queue.push(event);
    this.wake?.();
  }

  fail(error: DomainError): void {
    this.ending = error;
    this.queue = [];
    this.head = 0;
    this.wake?.();
  }

  /** The next event, or the error that ends the feed, or null once closed. */
  async next(): Promise<RecordedEvent | DomainError | null> {
    for (;;) {
      if (this.waiting > 0) {
        const event = this.queue[this.head]!;
        this.head += 1;
        if (this.head === this.queue.length) {
          this.queue = [];
          this.head = 0;
        }
        this.lastDelivered = event.position;
        return event;
      }
      if (this.ending) {
        const ending = this.ending;
        this.close();
        return ending;
      }
      if (this.closed) return null;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.wake?.();
    this.onClose(this);
  }
}
