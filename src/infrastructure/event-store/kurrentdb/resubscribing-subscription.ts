export interface ResubscribeOptions<T, R> {
  /** Opens the live source strictly after `after`, or from the start of the log when null. */
  readonly open: (after: string | null) => AsyncIterable<T>;
  readonly positionOf: (item: T) => string;
  readonly compare: (a: string, b: string) => number;
  /** What the consumer gets for an item, or null to pass over it. A throw here ends the subscription. */
  readonly select: (item: T) => R | null;
  readonly after?: string | null;
  readonly initialDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Errors no retry can cure (access denied, a bad filter): they end the subscription instead. */
  readonly isFatal?: (error: unknown) => boolean;
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  readonly onClose?: () => void;
}

const CLOSED = Symbol('closed');

/**
 * A catch-up subscription that outlives its connection. It remembers the position
 * of the last item it handed out (or passed over), and when the source fails or
 * ends it reopens the source strictly after that position, waiting
 * initialDelayMs, then twice as long each time, capped at maxDelayMs, until an
 * item arrives again. An item at or before that position (a source that resends
 * on reconnect) is dropped, so nothing is delivered twice and nothing skipped.
 * Items are pulled only when the consumer asks, so a slow consumer is never flooded.
 */
export class ResubscribingSubscription<T, R> implements AsyncIterable<R>, AsyncIterator<R> {
  private cursor: string | null;
  private iterator: AsyncIterator<T> | null = null;
  private failures = 0;
  private closed = false;
  private signalClosed!: () => void;
  private readonly whenClosed = new Promise<typeof CLOSED>((resolve) => {
    this.signalClosed = () => resolve(CLOSED);
  });
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ResubscribeOptions<T, R>) {
    this.cursor = options.after ?? null;
  }

  /** Where a resubscription would start: the last position handed out or passed over. */
  get position(): string | null {
    return this.cursor;
  }

  [Symbol.asyncIterator](): AsyncIterator<R> {
    return this;
  }

  // Serialised, so un-awaited next() calls cannot hand out the same item twice.
  next(): Promise<IteratorResult<R>> {
    const result = this.tail.then(() => this.pull());
    this.tail = result.catch(() => undefined);
    return result;
  }

  async return(): Promise<IteratorResult<R>> {
    await this.close();
    return { done: true, value: undefined };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.signalClosed();
    this.dropSource();
    this.options.onClose?.();
  }

  private async pull(): Promise<IteratorResult<R>> {
    while (!this.closed) {
      this.iterator ??= this.options.open(this.cursor)[Symbol.asyncIterator]();
      const pending = this.iterator.next();
      pending.catch(() => undefined); // close() may win the race; its loser must not go unhandled
      let step: IteratorResult<T> | typeof CLOSED;
      try {
        step = await Promise.race([pending, this.whenClosed]);
      } catch (error) {
        if (this.closed) break;
        if (this.options.isFatal?.(error)) return this.fail(error);
        await this.retry(error);
        continue;
      }
      if (step === CLOSED) break;
      if (step.done) {
        await this.retry(new Error('the subscription source ended without being closed'));
        continue;
      }
      const position = this.options.positionOf(step.value);
      if (this.cursor !== null && this.options.compare(position, this.cursor) <= 0) continue;
      this.failures = 0;
      let selected: R | null;
      try {
        selected = this.options.select(step.value);
      } catch (error) {
        return this.fail(error);
      }
      this.cursor = position;
      if (selected !== null) return { done: false, value: selected };
    }
    return { done: true, value: undefined };
  }

  private async fail(error: unknown): Promise<never> {
    await this.close();
    throw error;
  }

  private async retry(error: unknown): Promise<void> {
    this.dropSource();
    this.failures += 1;
    const initial = this.options.initialDelayMs ?? 200;
    const delay = Math.min(this.options.maxDelayMs ?? 10_000, initial * 2 ** Math.min(this.failures - 1, 30));
    this.options.onRetry?.(error, this.failures, delay);
    let timer: NodeJS.Timeout | undefined;
    const slept = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, delay);
    });
    await Promise.race([slept, this.whenClosed]);
    clearTimeout(timer);
  }

  // Not awaited: a source stuck in a pending read may never settle its return().
  private dropSource(): void {
    const iterator = this.iterator;
    this.iterator = null;
    if (iterator?.return) Promise.resolve().then(() => iterator.return?.()).catch(() => undefined);
  }
}
