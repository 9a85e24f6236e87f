import { Inject, Injectable } from '@nestjs/common';
import type { RecordedEvent } from '../../../events/envelope';
import { ERASURE_EVENT_TYPE } from '../../../events/personal-data';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { PersonalData } from '../../../infrastructure/privacy/personal-data';
import { DomainError, validationError } from '../../../modules/shared-kernel/domain-error';
import { toProjected } from '../../runner/memory-rows';
import type { ProjectedEvent } from '../../runner/projection';
import type { ActivityEvent } from '../../../events/registry';
import { type FeedItem, feedItemOf } from '../activity-feed.item';
import { type FeedFilter, type FeedSubscriber, matches } from './feed-subscriber';
import { LiveFeedLimits } from './live-feed.limits';
import { LiveKeys } from './live-keys';
import { LogTail } from './log-tail';
import { keyOf, SubjectTexts } from './subject-texts';

const REPLAY_PAGE = 500;
// Every subscriber of an event gets the same item: map it once, not once per subscriber.
const MAPPED = 2000;

export type LiveFeedMessage = FeedItem | DomainError;

/** A subscriber's feed, which it can leave even while waiting for the next event. */
export interface LiveFeedStream extends AsyncIterableIterator<LiveFeedMessage> {
  return(value?: unknown): Promise<IteratorResult<LiveFeedMessage>>;
}

/**
 * A subscriber's feed: with `after`, the events it missed, replayed from the log up
 * to where the shared tail stood when it registered; then the tail's events. The
 * tail brings only events after that position, the replay only events up to it:
 * no gap and no duplicate at the handover.
 */
@Injectable()
export class LiveFeed {
  private readonly mapped = new Map<string, Promise<FeedItem>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly tail: LogTail,
    private readonly texts: SubjectTexts,
    private readonly limits: LiveFeedLimits,
    private readonly keys: LiveKeys,
    personalData: PersonalData,
  ) {
    // Items already mapped may show a name that is now erased: map again from the events, opened anew.
    tail.onEvent((event) => event.type === ERASURE_EVENT_TYPE && this.mapped.clear());
    personalData.vault.onShred(() => this.mapped.clear());
  }

  subscribe(filter: FeedFilter, after: string | null): LiveFeedStream {
    let registered: FeedSubscriber | null = null;
    const messages = this.messages(filter, after, (subscriber) => (registered = subscriber));
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: () => messages.next(),
      // A generator takes return() only at its next yield: one waiting on a quiet unit would keep
      // its place on the tail, and its memory, until that unit's next event. It leaves the tail now.
      return: (value?: unknown) => {
        registered?.close();
        return messages.return(value);
      },
      throw: (error?: unknown) => messages.throw(error),
    };
  }

  private async *messages(filter: FeedFilter, after: string | null, onRegistered: (subscriber: FeedSubscriber) => void): AsyncGenerator<LiveFeedMessage> {
    if (after !== null) this.checkCursor(after);
    const { subscriber, tailPosition } = this.tail.register(filter, after, this.limits.bufferPerSubscriber);
    onRegistered(subscriber);
    try {
      if (after !== null && tailPosition !== null) {
        let replayed = 0;
        for await (const event of this.missed(filter, after, tailPosition)) {
          if (++replayed > this.limits.maxReplay) {
            yield new DomainError('FEED.CURSOR_TOO_OLD', `More than ${this.limits.maxReplay} events happened since this cursor; reload the feed with the activityFeed query`, 'after');
            return;
          }
          yield await this.item(event);
        }
      }
      for (;;) {
        const next = await subscriber.next();
        if (next === null) return;
        if (next instanceof DomainError) {
          yield next;
          return;
        }
        yield await this.item(next);
      }
    } finally {
      subscriber.close();
    }
  }

  /** Events after `after` and up to `until` that the filter keeps, read from the log. */
  private async *missed(filter: FeedFilter, after: string, until: string): AsyncGenerator<RecordedEvent> {
    let cursor = after;
    const types = [...filter.eventTypes];
    while (this.store.comparePositions(cursor, until) < 0) {
      const page = await this.store.readAll({
        after: cursor,
        limit: REPLAY_PAGE,
        filter: { unitPathPrefix: filter.unitPath, ...(types.length > 0 && { types }) },
      });
      this.keys.prefetch(page.events);
      for (const event of page.events) {
        if (this.store.comparePositions(event.position, until) > 0) return;
        if (matches(filter, event)) yield event;
      }
      if (page.isEnd || page.nextCursor === null) return;
      cursor = page.nextCursor;
    }
  }

  private item(recorded: RecordedEvent): Promise<FeedItem> {
    let item = this.mapped.get(recorded.id);
    if (!item) {
      // Opened at delivery, not when the tail passed it on: a name erased meanwhile reads as erased.
      item = this.keys.open(recorded).then(async (opened) => {
        // The filter keeps only activity events (see matches).
        const event = toProjected(opened) as ProjectedEvent<ActivityEvent>;
        return feedItemOf(event, await this.texts.textFor(keyOf(event)));
      });
      this.mapped.set(recorded.id, item);
      if (this.mapped.size > MAPPED) this.mapped.delete(this.mapped.keys().next().value!);
    }
    return item;
  }

  private checkCursor(after: string): void {
    try {
      this.store.comparePositions(after, after);
    } catch {
      throw validationError('after', 'is not a cursor this feed gave out');
    }
  }
}
