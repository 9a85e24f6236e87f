import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { SijillConfig } from '../config/config.schema';
import { openReadDatabase, READ_DATABASE, type ReadDatabaseTarget } from './read-database';

/** SIJILL_READ_DB when given; otherwise the event store's own database (KurrentDB: a local SQLite file). */
export const readDatabaseTarget = (config: ConfigService<SijillConfig, true>): ReadDatabaseTarget => {
  const explicit = config.get('SIJILL_READ_DB', { infer: true });
  const schema = config.get('DATABASE_SCHEMA', { infer: true });
  if (explicit?.startsWith('sqlite:')) return { kind: 'sqlite', path: explicit.slice('sqlite:'.length) };
  if (explicit) return { kind: 'postgres', connectionString: explicit, schema };
  switch (config.get('SIJILL_EVENT_STORE', { infer: true })) {
    case 'postgres':
      return { kind: 'postgres', connectionString: config.get('DATABASE_URL', { infer: true })!, schema };
    case 'kurrentdb':
      return { kind: 'sqlite', path: './data/sijill-read.db' };
    default:
      return { kind: 'sqlite', path: config.get('SQLITE_PATH', { infer: true }) };
  }
};

@Global()
@Module({
  providers: [{ provide: READ_DATABASE, inject: [ConfigService], useFactory: (config: ConfigService<SijillConfig, true>) => openReadDatabase(readDatabaseTarget(config)) }],
  exports: [READ_DATABASE],
})
export class ReadDatabaseModule {}
