import { END, START, type AllStreamResolvedEvent, type SubscribeToAllOptions } from '@kurrent/kurrentdb-client';
import type { LiveSubscription } from '../kurrentdb-client.port';
import { compareRawPositions } from '../position.mapping';
import { resolved, serverKeeps, type Stored } from './fake-records';

/** How the model reaches a live subscription: new events wake it, a dropped connection fails it. */
export interface LivePeer {
  wake(): void;
  fail(error: Error): void;
}

/** A `$all` catch-up subscription over the model's log: strictly after its position, then live. */
export const openFakeLive = (log: readonly Stored[], peers: Set<LivePeer>, options: SubscribeToAllOptions): LiveSubscription => {
  const from = options.fromPosition ?? START;
  let cursor =
    from === START ? -1 : from === END ? log.length - 1 : log.findIndex((e) => compareRawPositions(e.position, from) === 0);
  let failure: Error | null = null;
  let stopped = false;
  let wake: () => void = () => undefined;
  const peer: LivePeer = { wake: () => wake(), fail: (error) => ((failure = error), wake()) };
  peers.add(peer);
  const next = async (): Promise<IteratorResult<AllStreamResolvedEvent>> => {
    for (;;) {
      if (failure) throw failure;
      if (stopped) return { done: true, value: undefined };
      const index = log.findIndex((candidate, at) => at > cursor && serverKeeps(options.filter, candidate));
      if (index !== -1) {
        cursor = index;
        return { done: false, value: resolved(log[index]!) };
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  const unsubscribe = async (): Promise<void> => {
    stopped = true;
    peers.delete(peer);
    peer.wake();
  };
  return { [Symbol.asyncIterator]: () => ({ next }), unsubscribe };
};
