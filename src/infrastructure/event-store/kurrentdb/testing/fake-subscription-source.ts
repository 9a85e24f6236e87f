import { ResubscribingSubscription, type ResubscribeOptions } from '../resubscribing-subscription';

/** A scripted stand-in for a live subscription source, for the ResubscribingSubscription specs. */
export interface Item {
  readonly position: string;
  readonly id: string;
}

/** How one opening of the fake source behaves. */
export interface Attempt {
  /** Throws after handing out this many items. */
  readonly failAfter?: number;
  /** Ends (done) after the log instead of waiting for live items. */
  readonly end?: boolean;
  /** Resends the item at `after`, as a careless server might on reconnect. */
  readonly inclusive?: boolean;
  /** Throws this instead of a connection error. */
  readonly error?: Error;
}

export const LOG: Item[] = Array.from({ length: 10 }, (_, index) => ({ position: String(index + 1), id: `e${index + 1}` }));
export const numeric = (a: string, b: string): number => Number(a) - Number(b);
const never = new Promise<never>(() => undefined);

/** A source that replays LOG after a position and fails the way each attempt says. */
export const fakeSource = (attempts: Attempt[]) => {
  const opens: Array<string | null> = [];
  const returned: number[] = [];
  let pulls = 0;
  const open = (after: string | null): AsyncIterable<Item> => {
    const attempt = opens.length;
    opens.push(after);
    const plan = attempts[attempt] ?? {};
    const pending = LOG.filter((item) => after === null || (plan.inclusive ? numeric(item.position, after) >= 0 : numeric(item.position, after) > 0));
    let sent = 0;
    return {
      [Symbol.asyncIterator]: () => ({
        next: async (): Promise<IteratorResult<Item>> => {
          pulls += 1;
          if (plan.failAfter !== undefined && sent === plan.failAfter) throw plan.error ?? new Error(`dropped on attempt ${attempt}`);
          const item = pending[sent];
          if (item) {
            sent += 1;
            return { done: false, value: item };
          }
          return plan.end ? { done: true, value: undefined } : never;
        },
        return: async (): Promise<IteratorResult<Item>> => {
          returned.push(attempt);
          return { done: true, value: undefined };
        },
      }),
    };
  };
  return { open, opens, returned, pulls: () => pulls };
};

export const subscribe = (source: ReturnType<typeof fakeSource>, options: Partial<ResubscribeOptions<Item, string>> = {}) => {
  const retries: Array<[number, number]> = [];
  const subscription = new ResubscribingSubscription<Item, string>({
    open: source.open,
    positionOf: (item) => item.position,
    compare: numeric,
    select: (item) => item.id,
    initialDelayMs: 1,
    maxDelayMs: 8,
    onRetry: (_, attempt, delay) => retries.push([attempt, delay]),
    ...options,
  });
  return { subscription, retries };
};

export const take = async (subscription: AsyncIterator<string>, count: number): Promise<string[]> => {
  const taken: string[] = [];
  while (taken.length < count) {
    const next = await subscription.next();
    if (next.done) break;
    taken.push(next.value);
  }
  return taken;
};

export const settledWithin = async <T>(promise: Promise<T>, ms: number): Promise<T | 'pending'> =>
  Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);
