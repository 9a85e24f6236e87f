import { createClient, type Client } from 'graphql-ws';
import { authHeaders } from '../state/auth';
import { FEED_LIVE } from './documents';
import type { FeedItem } from './types';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'paused';

export interface LiveFeedHandlers {
  item(item: FeedItem): void;
  status(status: LiveStatus): void;
  /** The service can no longer replay from our cursor: reload the list and follow from its head. */
  reset(): void;
}

const socketUrl = (): string => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
const MAX_BACKOFF_MS = 15_000;

interface GraphqlErrorLike {
  readonly extensions?: { readonly code?: unknown };
}

const codeOf = (error: unknown): string | null => {
  const first = (Array.isArray(error) ? error[0] : error) as GraphqlErrorLike | undefined;
  return typeof first?.extensions?.code === 'string' ? first.extensions.code : null;
};

/**
 * Follows a unit's activity over graphql-ws. The socket library's own retry
 * would resend the first subscription, cursor and all; instead every
 * (re)subscription asks for what came after the last item seen, so a
 * reconnect catches up exactly, and the caller drops any item it already has.
 */
export class LiveFeedConnection {
  private readonly client: Client;
  private unsubscribe: (() => void) | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly unitId: string,
    private cursor: string | null,
    private readonly on: LiveFeedHandlers,
  ) {
    this.client = createClient({
      url: socketUrl(),
      lazy: true,
      retryAttempts: 0,
      keepAlive: 20_000,
      connectionParams: () => authHeaders(),
      on: { connected: () => this.on.status('live') },
    });
  }

  start(): void {
    this.stopped = false;
    this.subscribe();
  }

  pause(): void {
    this.stopped = true;
    this.close();
    this.on.status('paused');
  }

  dispose(): void {
    this.stopped = true;
    this.close();
    void this.client.dispose();
  }

  private close(): void {
    clearTimeout(this.retryTimer);
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private subscribe(): void {
    this.on.status(this.failures > 0 ? 'reconnecting' : 'connecting');
    this.unsubscribe = this.client.subscribe<{ activity: FeedItem }>(
      { query: FEED_LIVE, variables: { id: this.unitId, after: this.cursor } },
      {
        next: (result) => {
          const item = result.data?.activity;
          if (item) {
            this.failures = 0;
            this.cursor = item.position;
            this.on.item(item);
          } else if (result.errors) this.failed(result.errors);
        },
        error: (error) => this.failed(error),
        complete: () => this.failed(null),
      },
    );
  }

  private failed(error: unknown): void {
    if (this.stopped) return;
    this.close();
    if (codeOf(error) === 'FEED.CURSOR_TOO_OLD') {
      this.on.reset();
      return;
    }
    this.failures += 1;
    this.on.status('reconnecting');
    this.retryTimer = setTimeout(() => this.subscribe(), Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.failures));
  }
}
