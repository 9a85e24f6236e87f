import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { RecordedEvent } from '../../../events/envelope';
import { EVENT_STORE, type EventStore, type EventSubscription } from '../../../infrastructure/event-store/event-store.port';
import { type FeedFilter, FeedSubscriber } from './feed-subscriber';

const MAX_BACKOFF_MS = 10_000;

/**
 * The one tail of the log this process keeps for live feeds. Each event is handed
 * to every subscriber synchronously, and registration reads the tail's position in
 * the same turn, so a resuming subscriber knows exactly which events the tail will
 * bring (after that position) and which it must replay from the log (up to it).
 */
@Injectable()
export class LogTail implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LogTail.name);
  private readonly subscribers = new Set<FeedSubscriber>();
  private readonly listeners = new Set<(event: RecordedEvent) => void>();
  private position: string | null = null;
  private subscription: EventSubscription | null = null;
  private stopped = false;
  private running: Promise<void> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationBootstrap(): Promise<void> {
    this.position = await this.store.headPosition();
    this.running = this.follow();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.subscription?.close();
    await this.running;
    for (const subscriber of [...this.subscribers]) subscriber.close();
  }

  /** The last position handed to subscribers: what a new subscriber must replay up to. */
  get headSeen(): string | null {
    return this.position;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  register(filter: FeedFilter, after: string | null, limit: number): { subscriber: FeedSubscriber; tailPosition: string | null } {
    const subscriber = new FeedSubscriber(filter, limit, after, (a, b) => this.store.comparePositions(a, b), (closed) => this.subscribers.delete(closed));
    this.subscribers.add(subscriber);
    return { subscriber, tailPosition: this.position };
  }

  /** Sees every event the tail passes on, before subscribers do (e.g. to learn names). */
  onEvent(listener: (event: RecordedEvent) => void): void {
    this.listeners.add(listener);
  }

  private async follow(): Promise<void> {
    let backoff = 100;
    while (!this.stopped) {
      try {
        this.subscription = this.store.subscribeAll({ after: this.position });
        for await (const event of this.subscription) {
          this.position = event.position;
          for (const listener of this.listeners) listener(event);
          let behind = false;
          for (const subscriber of this.subscribers) {
            subscriber.offer(event);
            behind ||= subscriber.waiting > 0;
          }
          // Let connections drain between events: a burst read in one page must not
          // fill every queue before any subscriber had a chance to send.
          if (behind) await new Promise((resolve) => setImmediate(resolve));
          backoff = 100;
        }
      } catch (error) {
        if (this.stopped) return;
        // The store connection dropped: resume from the last event passed on; subscribers only see a delay.
        this.logger.warn(`Log tail lost the store (${(error as Error).message}); resuming from ${this.position ?? 'the start'} in ${backoff} ms`);
        await new Promise((resolve) => setTimeout(resolve, backoff));
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }
}
