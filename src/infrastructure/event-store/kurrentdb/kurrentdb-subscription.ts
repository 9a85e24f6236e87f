import { START, type AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../../../events/envelope';
import type { EventSubscription, SubscribeAllOptions } from '../event-store.port';
import { isFatalForSubscription } from './client-errors.mapping';
import { keeps, matchesNothing, serverFilterFor } from './filter.mapping';
import type { KurrentClientPort } from './kurrentdb-client.port';
import { LEADER, ownEvent, positionOf, recordOf } from './kurrentdb-records';
import { comparePositions, decodePosition, encodePosition } from './position.mapping';
import { ResubscribingSubscription } from './resubscribing-subscription';

export interface LogSubscriptionSettings {
  readonly prefix: string;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  readonly onRetry: (error: unknown, attempt: number, delayMs: number) => void;
  readonly onClose: (subscription: EventSubscription) => void;
}

const waitsForever: AsyncIterable<never> = {
  [Symbol.asyncIterator]: () => ({ next: () => new Promise<never>(() => undefined) }),
};

/**
 * `subscribeToAll` from the cursor with the same filters as readAll: the server
 * drops what its one filter can, `keeps` decides. The server starts strictly
 * after the position it is given, which is what a cursor means here too.
 */
const openLive = (client: KurrentClientPort, prefix: string, from: string | null, options: SubscribeAllOptions) => {
  // A filter that can keep nothing never reaches the server: the subscription just waits to be closed.
  if (matchesNothing(options.filter)) return waitsForever;
  const fromPosition = from === null ? START : decodePosition(from);
  const live = client.subscribeToAll({ ...LEADER, fromPosition, filter: serverFilterFor(options.filter, prefix) });
  const iterator = live[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]: (): AsyncIterator<AllStreamResolvedEvent> => ({
      next: () => iterator.next(),
      // Cancels the gRPC call itself (ending the iterator alone would leave it streaming), then frees the Readable.
      return: async () => {
        await live.unsubscribe().catch(() => undefined);
        await iterator.return?.().catch(() => undefined);
        return { done: true, value: undefined };
      },
    }),
  };
};

export const subscribeToLog = (
  client: KurrentClientPort,
  options: SubscribeAllOptions,
  settings: LogSubscriptionSettings,
): EventSubscription => {
  const after = options.after ?? null;
  if (after !== null) decodePosition(after); // a malformed cursor fails here, not on the first read
  const subscription: EventSubscription = new ResubscribingSubscription<AllStreamResolvedEvent, RecordedEvent>({
    after,
    open: (from) => openLive(client, settings.prefix, from, options),
    positionOf: (resolved) => encodePosition(positionOf(recordOf(resolved))),
    compare: comparePositions,
    select: (resolved) => {
      const event = ownEvent(settings.prefix, recordOf(resolved));
      return event && keeps(options.filter, event) ? event : null;
    },
    initialDelayMs: settings.initialDelayMs,
    maxDelayMs: settings.maxDelayMs,
    isFatal: isFatalForSubscription,
    onRetry: settings.onRetry,
    onClose: () => settings.onClose(subscription),
  });
  return subscription;
};
