import type { OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';

/** What ThrottlerStorage.increment answers (the package does not export its record type from its index). */
type Verdict = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Window {
  /** Expiry times of the calls counted, oldest first; those before `first` have expired. */
  hits: number[];
  first: number;
  expiresAt: number;
  blockExpiresAt: number;
  isBlocked: boolean;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * The throttler's sliding window, answering as @nestjs/throttler's own storage
 * does, in constant time per call. That one copies a caller's whole list of hits
 * on every call to drop the expired ones: with the default of 10,000 calls a
 * minute, a busy dashboard's every request copied an array of up to 10,000. Here
 * every hit of a key has the same time to live, so hits expire in the order they
 * came and are dropped from the front.
 */
export class SlidingWindowStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly windows = new Map<string, Window>();
  private readonly sweeper = setInterval(() => this.sweep(Date.now()), SWEEP_EVERY_MS).unref();

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<Verdict> {
    const now = Date.now();
    const id = `${throttlerName}\u0000${key}`;
    let window = this.windows.get(id);
    if (!window) this.windows.set(id, (window = { hits: [], first: 0, expiresAt: now + ttl, blockExpiresAt: 0, isBlocked: false }));
    this.dropExpired(window, now);
    let timeToExpire = Math.ceil((window.expiresAt - now) / 1000);
    if (timeToExpire <= 0) {
      window.expiresAt = now + ttl;
      timeToExpire = Math.ceil(ttl / 1000);
    }
    if (blockDuration <= 0) {
      const isBlocked = this.counted(window) >= limit;
      if (!isBlocked) window.hits.push(now + ttl);
      const oldest = window.hits[window.first];
      return {
        totalHits: this.counted(window) + (isBlocked ? 1 : 0),
        timeToExpire,
        isBlocked,
        timeToBlockExpire: isBlocked ? (oldest === undefined ? timeToExpire : Math.ceil((oldest - now) / 1000)) : 0,
      };
    }
    if (!window.isBlocked) window.hits.push(now + ttl);
    if (this.counted(window) > limit && !window.isBlocked) {
      window.isBlocked = true;
      window.blockExpiresAt = now + blockDuration;
    }
    const timeToBlockExpire = Math.ceil((window.blockExpiresAt - now) / 1000);
    if (timeToBlockExpire <= 0 && window.isBlocked) {
      window.isBlocked = false;
      window.hits = [now + ttl];
      window.first = 0;
    }
    return { totalHits: this.counted(window), timeToExpire, isBlocked: window.isBlocked, timeToBlockExpire };
  }

  /** Stops the sweeps, as the package's storage does at shutdown (Nest calls this on the provider it stands in). */
  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  private counted(window: Window): number {
    return window.hits.length - window.first;
  }

  private dropExpired(window: Window, now: number): void {
    while (window.first < window.hits.length && window.hits[window.first]! <= now) window.first += 1;
    // Compacted once the dead front outgrows the live part: each hit is copied at most once more.
    if (window.first > 1_024 && window.first * 2 > window.hits.length) {
      window.hits = window.hits.slice(window.first);
      window.first = 0;
    }
  }

  /** Forgets callers with nothing left to count and no block to serve. */
  private sweep(now: number): void {
    for (const [id, window] of this.windows) {
      this.dropExpired(window, now);
      if (this.counted(window) === 0 && window.expiresAt <= now && (!window.isBlocked || window.blockExpiresAt <= now)) this.windows.delete(id);
    }
  }
}
