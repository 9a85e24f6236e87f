import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CommandRunner } from '../../modules/shared-kernel/command-runner';
import { Clock, SystemClock } from '../clock/clock';
import type { SijillConfig } from '../config/config.schema';
import { PersonalData } from '../privacy/personal-data';
import { PrivacyModule } from '../privacy/privacy.module';
import { EVENT_STORE, type EventStore } from './event-store.port';
import type { KurrentDbEventStore as KurrentStore } from './kurrentdb/kurrentdb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

const openStore = async (config: ConfigService<SijillConfig, true>, clock: Clock): Promise<EventStore> => {
  const now = (): Date => clock.now();
  if (config.get('SIJILL_EVENT_STORE', { infer: true }) === 'kurrentdb') {
    // Loaded only when chosen: the client brings a native gRPC bridge the other stores never need.
    const { KurrentDbEventStore } = require('./kurrentdb/kurrentdb-event-store') as { KurrentDbEventStore: typeof KurrentStore };
    return KurrentDbEventStore.open({
      connectionString: config.get('KURRENTDB_CONNECTION_STRING', { infer: true })!,
      clock: now,
    });
  }
  if (config.get('SIJILL_EVENT_STORE', { infer: true }) === 'postgres') {
    return PostgresEventStore.open({
      connectionString: config.get('DATABASE_URL', { infer: true })!,
      schema: config.get('DATABASE_SCHEMA', { infer: true }),
      clock: now,
    });
  }
  return new SqliteEventStore({ path: config.get('SQLITE_PATH', { infer: true }), clock: now });
};

@Global()
@Module({
  imports: [PrivacyModule],
  providers: [
    { provide: Clock, useClass: SystemClock },
    { provide: EVENT_STORE, inject: [ConfigService, Clock], useFactory: openStore },
    { provide: CommandRunner, inject: [EVENT_STORE, PersonalData], useFactory: (store: EventStore, sealer: PersonalData) => new CommandRunner(store, sealer) },
  ],
  exports: [Clock, EVENT_STORE, CommandRunner],
})
export class EventStoreModule implements OnApplicationShutdown {
  private readonly logger = new Logger(EventStoreModule.name);

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Runs after the HTTP server stopped taking requests: in-flight appends finish, then connections close. */
  async onApplicationShutdown(signal?: string): Promise<void> {
    await this.store.close();
    this.logger.log(`Event store closed${signal ? ` on ${signal}` : ''}`);
  }
}
