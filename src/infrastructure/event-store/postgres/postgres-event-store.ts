import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { NewEvent, RecordedEvent } from '../../../events/envelope';
import { assertAppendable } from '../append-rules';
import { comparePositions, decodeAfter } from '../cursor';
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
import { assertPositiveLimit, logFilterConditions, resolveReadLimit, toReadAllResult } from '../log-query';
import { SubscriptionHub } from '../log-subscription';
import { KnownLinks } from './known-links';
import { appendToPostgres } from './postgres-append';
import { PostgresLogListener } from './postgres-log-listener';
import { migratePostgres } from './postgres-migrations';
import { importToPostgres } from './postgres-import';
import { toRecordedEvent, type EventRow } from './postgres-rows';
import { postgresSql } from './postgres-sql';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  readonly schema?: string;
  readonly clock?: () => Date;
  readonly poolSize?: number;
  /** Fallback when a notification is lost (listener reconnecting). */
  readonly pollMs?: number;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const MAX_REVISION = 2147483647;

export class PostgresEventStore implements EventStore {
  readonly kind = 'postgres' as const;
  private readonly pool: Pool;
  private readonly schema: string;
  private readonly sql: ReturnType<typeof postgresSql>;
  private readonly channel: string;
  private readonly clock: () => Date;
  private readonly pollMs: number;
  private readonly hub = new SubscriptionHub();
  private readonly listener: PostgresLogListener;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly links = new KnownLinks();
  private closing: Promise<void> | null = null;

  constructor(options: PostgresEventStoreOptions) {
    this.schema = options.schema ?? 'public';
    if (!IDENTIFIER.test(this.schema)) throw new Error(`Not a plain schema name: ${this.schema}`);
    this.sql = postgresSql(`"${this.schema}"`);
    // Channel names are identifiers of at most 63 bytes; a digest keeps any schema within that.
    this.channel = `sijill_log_${createHash('sha256').update(this.schema).digest('hex').slice(0, 24)}`;
    this.clock = options.clock ?? (() => new Date());
    this.pollMs = options.pollMs ?? 500;
    this.pool = new Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
    // An idle client whose server went away is dropped by the pool; without a listener it would crash the process.
    this.pool.on('error', () => undefined);
    this.listener = new PostgresLogListener({
      connectionString: options.connectionString,
      channel: this.channel,
      applicationName: `sijill-log-listener:${this.schema}`,
      onNotify: () => this.hub.wakeAll(),
    });
  }

  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(options);
    try {
      await store.init();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /** Runs the pending migrations; call once before use. */
  async init(): Promise<void> {
    await migratePostgres(this.pool, this.schema, `"${this.schema}"`);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    assertAppendable(streamId, events, expected);
    const recordedAt = this.clock().toISOString();
    const task = appendToPostgres(this.pool, this.sql, this.channel, { streamId, events, expected, recordedAt }, this.links);
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
    const task = importToPostgres(this.pool, this.sql, this.channel, events, continuesAfter);
    this.inFlight.add(task);
    try {
      return await task;
    } finally {
      this.inFlight.delete(task);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const limit = options.limit === undefined ? null : assertPositiveLimit(options.limit);
    const from = options.fromRevision ?? (backwards ? MAX_REVISION : 0);
    const sql = backwards ? this.sql.readStreamBackwards : this.sql.readStreamForwards;
    const { rows } = await this.pool.query<EventRow>(sql, [streamId, Math.min(from, MAX_REVISION), limit]);
    const events = rows.map(toRecordedEvent);
    this.links.rememberRead(streamId, events);
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    this.assertOpen();
    const after = decodeAfter(options.after);
    const limit = resolveReadLimit(options.limit);
    const params: unknown[] = [];
    const bind = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [`position > ${bind(after.toString())}::bigint`, ...logFilterConditions(options.filter, bind)];
    const sql = this.sql.readAll(where.join(' AND '), bind(limit));
    const { rows } = await this.pool.query<{ head: string } & Partial<EventRow>>(sql, params);
    const head = BigInt(rows[0]?.head ?? '0');
    const events = rows.filter((row): row is { head: string } & EventRow => row.position != null).map(toRecordedEvent);
    return toReadAllResult(events, head, after, limit);
  }

  subscribeAll(options: SubscribeAllOptions = {}): EventSubscription {
    this.assertOpen();
    this.listener.ensureListening();
    return this.hub.open(this, { ...options, pollMs: this.pollMs });
  }

  async headPosition(): Promise<string | null> {
    this.assertOpen();
    const { rows } = await this.pool.query<{ head: string }>(this.sql.head);
    const head = rows[0]?.head ?? '0';
    return head === '0' ? null : head;
  }

  comparePositions(a: string, b: string): number {
    return comparePositions(a, b);
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await this.pool.query('SELECT 1');
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.inFlight]);
      await this.hub.closeAll();
      await this.listener.close();
      await this.pool.end();
    })();
    return this.closing;
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('The PostgreSQL event store is closed');
  }
}
