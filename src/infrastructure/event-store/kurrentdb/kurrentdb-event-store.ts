import { Logger } from '@nestjs/common';
import type { NewEvent, RecordedEvent } from '../../../events/envelope';
import { assertAppendable } from '../append-rules';
import type {
  AppendResult,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  ImportedEvent,
  ImportOptions,
  ImportResult,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  SubscribeAllOptions,
} from '../event-store.port';
import { resolveReadLimit } from '../log-query';
import { appendToKurrent } from './kurrentdb-append';
import type { KurrentClientPort } from './kurrentdb-client.port';
import { connectClient, probe, withDeadline } from './kurrentdb-connect';
import { importToKurrent } from './kurrentdb-import';
import { readHead, readLogPage } from './kurrentdb-log';
import { readStreamEvents } from './kurrentdb-stream';
import { subscribeToLog } from './kurrentdb-subscription';
import { assertStreamPrefix, toStreamName } from './namespace.mapping';
import { StreamTurns } from './stream-turns';
import { comparePositions, decodeAfter, encodePosition } from './position.mapping';

export interface KurrentDbEventStoreOptions {
  readonly clock?: () => Date;
  /** Prefix of every stream name on the server; '' (the default) when the store owns the database. */
  readonly streamPrefix?: string;
  /** Backoff of a subscription whose connection dropped. */
  readonly resubscribeDelayMs?: { readonly initial: number; readonly max: number };
}

export interface KurrentDbOpenOptions extends KurrentDbEventStoreOptions {
  readonly connectionString: string;
  /** How long open() waits for the first answer before it gives up. */
  readonly connectTimeoutMs?: number;
}

// A health check must answer even when the cluster hangs instead of refusing.
const PING_DEADLINE_MS = 5000;

/** The EventStore port over KurrentDB (EventStoreDB 22.10+), through its gRPC client. */
export class KurrentDbEventStore implements EventStore {
  readonly kind = 'kurrentdb' as const;
  private readonly clock: () => Date;
  private readonly prefix: string;
  private readonly logger = new Logger(KurrentDbEventStore.name);
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly subscriptions = new Set<EventSubscription>();
  private readonly turns = new StreamTurns();
  private closing: Promise<void> | null = null;

  constructor(private readonly client: KurrentClientPort, private readonly options: KurrentDbEventStoreOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.prefix = assertStreamPrefix(options.streamPrefix ?? '');
  }

  /**
   * Connects and proves it with a first read under a short deadline: an unreachable
   * server or a malformed string fails here with a KurrentDbUnavailableError or
   * KurrentDbConfigError that names KURRENTDB_CONNECTION_STRING, never the password.
   */
  static async open(options: KurrentDbOpenOptions): Promise<KurrentDbEventStore> {
    const client = await connectClient(options.connectionString, options.connectTimeoutMs ?? 5000);
    return new KurrentDbEventStore(client, options);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    assertAppendable(streamId, events, expected);
    const streamName = toStreamName(this.prefix, streamId);
    const task = this.turns.run(streamName, () =>
      appendToKurrent(this.client, { streamId, prefix: this.prefix, streamName, events, expected, recordedAt: this.clock().toISOString() }),
    );
    this.inFlight.add(task);
    try {
      return await task;
    } finally {
      this.inFlight.delete(task);
    }
  }

  async importRecorded(events: readonly ImportedEvent[], { continuesAfter }: ImportOptions): Promise<ImportResult> {
    this.assertOpen();
    if (events.length === 0) throw new Error('Nothing to import: the batch is empty');
    const task = importToKurrent(this.client, this.prefix, events, continuesAfter);
    this.inFlight.add(task);
    try {
      return await task;
    } finally {
      this.inFlight.delete(task);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    return readStreamEvents(this.client, this.prefix, streamId, options);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    this.assertOpen();
    const after = decodeAfter(options.after);
    const limit = resolveReadLimit(options.limit);
    return readLogPage(this.client, this.prefix, { after, limit, filter: options.filter });
  }

  subscribeAll(options: SubscribeAllOptions = {}): EventSubscription {
    this.assertOpen();
    const subscription = subscribeToLog(this.client, options, {
      prefix: this.prefix,
      initialDelayMs: this.options.resubscribeDelayMs?.initial ?? 200,
      maxDelayMs: this.options.resubscribeDelayMs?.max ?? 10_000,
      onRetry: (error, attempt, delayMs) =>
        this.logger.warn(`$all subscription dropped (${(error as Error)?.message}); resubscribing in ${delayMs} ms, attempt ${attempt}`),
      onClose: (closed) => this.subscriptions.delete(closed),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<string | null> {
    this.assertOpen();
    const head = await readHead(this.client, this.prefix);
    return head === null ? null : encodePosition(head);
  }

  comparePositions(a: string, b: string): number {
    return comparePositions(a, b);
  }

  /** One round trip to the leader; throws when the cluster does not answer within the deadline. */
  async ping(): Promise<void> {
    this.assertOpen();
    await withDeadline(probe(this.client), PING_DEADLINE_MS);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.inFlight]);
      await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
      await this.client.dispose();
    })();
    return this.closing;
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('The KurrentDB event store is closed');
  }
}
