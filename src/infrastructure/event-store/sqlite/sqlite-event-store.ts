import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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
import { prepareSqliteAppend, type SqliteAppend } from './sqlite-append';
import { prepareSqliteImport, type SqliteImport } from './sqlite-import';
import { migrateSqlite } from './sqlite-migrations';
import { COLUMNS, toRecordedEvent, type EventRow } from './sqlite-rows';
import { type WriteTurns, writeTurnsFor } from '../../database/sqlite-write-lock';

export interface SqliteEventStoreOptions {
  /** A file path, or ':memory:'. */
  readonly path: string;
  readonly clock?: () => Date;
  /** Other processes writing the same file cannot wake us, so subscriptions poll. */
  readonly pollMs?: number;
  readonly busyTimeoutMs?: number;
}


/**
 * better-sqlite3 is synchronous: an append runs to its commit in one go once its
 * turn comes (see WriteTurns), and the single write lock makes positions dense
 * and ordered by commit.
 */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private readonly pollMs: number;
  private readonly hub = new SubscriptionHub();
  private readonly writeBatch: SqliteAppend;
  private readonly importBatch: SqliteImport;
  private readonly readCache = new Map<string, Database.Statement<unknown[], EventRow>>();
  private closing: Promise<void> | null = null;
  private readonly turns: WriteTurns | null;

  constructor(options: SqliteEventStoreOptions) {
    const inMemory = options.path === ':memory:';
    if (!inMemory) mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    // Set first: switching to WAL and migrating may have to wait for another process.
    this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    this.db.pragma('journal_mode = WAL');
    // FULL syncs the WAL at every commit: an append the caller saw succeed survives a power cut, as on PostgreSQL.
    this.db.pragma('synchronous = FULL');
    // The read models and the key vault may share this file: pages this connection frees are zeroed too.
    this.db.pragma('secure_delete = ON');
    migrateSqlite(this.db);
    this.clock = options.clock ?? (() => new Date());
    this.pollMs = options.pollMs ?? 200;
    this.writeBatch = prepareSqliteAppend(this.db);
    this.importBatch = prepareSqliteImport(this.db);
    this.turns = writeTurnsFor(options.path);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    assertAppendable(streamId, events, expected);
    const write = (): AppendResult => {
      const { result, written } = this.writeBatch(streamId, events, expected, this.clock().toISOString());
      if (written) this.hub.wakeAll();
      return result;
    };
    return this.turns ? this.turns.run(write) : write();
  }

  async importRecorded(events: readonly ImportedEvent[], { continuesAfter }: ImportOptions): Promise<ImportResult> {
    this.assertOpen();
    if (events.length === 0) throw new Error('Nothing to import: the batch is empty');
    const write = (): ImportResult => {
      const result = this.importBatch(events, continuesAfter);
      this.hub.wakeAll();
      return result;
    };
    return this.turns ? this.turns.run(write) : write();
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const limit = options.limit === undefined ? -1 : assertPositiveLimit(options.limit);
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const sql = backwards
      ? `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`
      : `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`;
    return this.statement(sql).all(streamId, from, limit).map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    this.assertOpen();
    const after = decodeAfter(options.after);
    const limit = resolveReadLimit(options.limit);
    const params: unknown[] = [];
    const bind = (value: unknown): string => {
      params.push(value);
      return '?';
    };
    const where = [`position > ${bind(after)}`, ...logFilterConditions(options.filter, bind)].join(' AND ');
    const sql = `SELECT ${COLUMNS} FROM events WHERE ${where} ORDER BY position LIMIT ${bind(limit)}`;
    const select = this.statement(sql);
    // One read transaction, so the head and the rows come from the same snapshot.
    const { head, rows } = this.db.transaction(() => ({ head: this.head(), rows: select.all(...params) }))();
    return toReadAllResult(rows.map(toRecordedEvent), head, after, limit);
  }

  subscribeAll(options: SubscribeAllOptions = {}): EventSubscription {
    this.assertOpen();
    return this.hub.open(this, { ...options, pollMs: this.pollMs });
  }

  async headPosition(): Promise<string | null> {
    this.assertOpen();
    const head = this.head();
    return head === 0n ? null : head.toString();
  }

  comparePositions(a: string, b: string): number {
    return comparePositions(a, b);
  }

  async ping(): Promise<void> {
    this.assertOpen();
    this.db.prepare('SELECT 1').get();
  }

  close(): Promise<void> {
    // An append already accepted waits for its turn; close after it.
    const accepted = this.turns ? this.turns.run(() => undefined) : Promise.resolve();
    this.closing ??= accepted.then(() => this.hub.closeAll()).then(() => {
      this.db.close();
    });
    return this.closing;
  }

  private head(): bigint {
    const row = this.statement<{ head: number | null }>('SELECT MAX(position) AS head FROM events').get();
    return BigInt(row?.head ?? 0);
  }

  // Filters yield a handful of distinct SQL texts; preparing each once keeps reads cheap.
  private statement<Row = EventRow>(sql: string): Database.Statement<unknown[], Row> {
    let statement = this.readCache.get(sql);
    if (!statement) {
      if (this.readCache.size >= 200) this.readCache.clear();
      statement = this.db.prepare<unknown[], EventRow>(sql);
      this.readCache.set(sql, statement);
    }
    return statement as unknown as Database.Statement<unknown[], Row>;
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('The SQLite event store is closed');
  }
}
