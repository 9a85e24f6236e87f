import { Client } from 'pg';

export interface PostgresLogListenerOptions {
  readonly connectionString: string;
  readonly channel: string;
  /** Shown in pg_stat_activity, so an operator can tell which store listens. */
  readonly applicationName: string;
  readonly onNotify: () => void;
  readonly reconnectDelayMs?: number;
}

/**
 * One LISTEN connection per store, shared by all its subscriptions. When it drops
 * it reconnects; subscriptions keep polling meanwhile, and every (re)connect wakes
 * them in case a notification was missed while nobody listened.
 */
export class PostgresLogListener {
  private client: Client | null = null;
  private starting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: PostgresLogListenerOptions) {}

  /** Idempotent; failures are retried in the background, never thrown at a subscriber. */
  ensureListening(): void {
    if (this.closed || this.client || this.starting || this.retry) return;
    this.starting = this.connect()
      .catch(() => this.scheduleReconnect())
      .finally(() => {
        this.starting = null;
      });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.starting;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.options.connectionString,
      application_name: this.options.applicationName,
    });
    client.on('notification', () => this.options.onNotify());
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.options.channel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.options.onNotify();
  }

  private drop(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.ensureListening();
    }, this.options.reconnectDelayMs ?? 1000);
  }
}
