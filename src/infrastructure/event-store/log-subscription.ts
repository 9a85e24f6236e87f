import type { RecordedEvent } from '../../events/envelope';
import type { EventSubscription, LogFilter, ReadAllOptions, ReadAllResult } from './event-store.port';

export interface LogReader {
  readAll(options: ReadAllOptions): Promise<ReadAllResult>;
}

export interface LogSubscriptionOptions {
  readonly after?: string | null;
  readonly filter?: LogFilter;
  /** How long to wait at the head when no wake-up comes (other processes, lost notifications). */
  readonly pollMs: number;
  readonly pageSize?: number;
}

/**
 * Catch-up and live are the same loop: page readAll from nextCursor; at the head,
 * sleep until a wake-up or the poll timeout, then page again. Because the cursor
 * only ever comes from the store's own snapshot reads, the handover from history
 * to live cannot skip or repeat an event. Pages are read only when the consumer
 * asks for more, so a slow consumer is never flooded.
 */
export class LogSubscription implements EventSubscription, AsyncIterator<RecordedEvent> {
  private cursor: string | null;
  private page: readonly RecordedEvent[] = [];
  private index = 0;
  private atEnd = false;
  private woken = false;
  private closed = false;
  private wakeSleeper: (() => void) | null = null;
  private reading: Promise<unknown> = Promise.resolve();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly reader: LogReader,
    private readonly options: LogSubscriptionOptions,
    private readonly onClose: (subscription: LogSubscription) => void,
  ) {
    this.cursor = options.after ?? null;
  }

  /** Something was committed; a sleeping or reading subscription pages again. */
  wake(): void {
    this.woken = true;
    this.wakeSleeper?.();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this;
  }

  // Serialised so that un-awaited next() calls cannot read the same page twice.
  next(): Promise<IteratorResult<RecordedEvent>> {
    const result = this.tail.then(() => this.pull());
    this.tail = result.catch(() => undefined);
    return result;
  }

  async return(): Promise<IteratorResult<RecordedEvent>> {
    await this.close();
    return { done: true, value: undefined };
  }

  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.wakeSleeper?.();
      this.onClose(this);
    }
    await this.reading.catch(() => undefined);
  }

  private async pull(): Promise<IteratorResult<RecordedEvent>> {
    while (!this.closed) {
      const event = this.page[this.index];
      if (event) {
        this.index += 1;
        return { done: false, value: event };
      }
      if (this.atEnd && !this.woken) await this.sleep();
      if (this.closed) break;
      this.woken = false;
      const { pageSize: limit, filter } = this.options;
      const read = this.reader.readAll({ after: this.cursor, limit, filter });
      this.reading = read;
      let result: ReadAllResult;
      try {
        result = await read;
      } catch (error) {
        if (this.closed) break;
        await this.close();
        throw error;
      }
      if (this.closed) break;
      this.page = result.events;
      this.index = 0;
      this.atEnd = result.isEnd;
      this.cursor = result.nextCursor ?? this.cursor;
    }
    return { done: true, value: undefined };
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeSleeper = null;
        resolve();
      };
      const timer = setTimeout(done, this.options.pollMs);
      this.wakeSleeper = done;
    });
  }
}

/** The live subscriptions of one store: woken on commit, ended when the store closes. */
export class SubscriptionHub {
  private readonly subscriptions = new Set<LogSubscription>();

  open(reader: LogReader, options: LogSubscriptionOptions): EventSubscription {
    const subscription = new LogSubscription(reader, options, (closed) => this.subscriptions.delete(closed));
    this.subscriptions.add(subscription);
    return subscription;
  }

  get size(): number {
    return this.subscriptions.size;
  }

  wakeAll(): void {
    for (const subscription of this.subscriptions) subscription.wake();
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
  }
}
