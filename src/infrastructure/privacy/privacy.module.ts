import { Global, Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { SijillConfig } from '../config/config.schema';
import { READ_DATABASE, type ReadDatabase } from '../database/read-database';
import { ReadDatabaseModule } from '../database/read-database.module';
import { defaultMasterKeyFile, loadMasterKey } from './master-key';
import { PersonalData } from './personal-data';
import { PersonalDataVault } from './personal-data-vault';

const logger = new Logger('PersonalData');

const openVault = async (readDb: ReadDatabase, config: ConfigService<SijillConfig, true>): Promise<PersonalDataVault> => {
  const master = loadMasterKey({
    configured: config.get('SIJILL_MASTER_KEY', { infer: true }),
    file: config.get('SIJILL_MASTER_KEY_FILE', { infer: true }) ?? defaultMasterKeyFile(config.get('SQLITE_PATH', { infer: true })),
  });
  if (master.source.kind === 'file') {
    logger.warn(
      `SIJILL_MASTER_KEY is not set: members' personal data keys are wrapped with the master key ${master.source.created ? 'just written to' : 'read from'} ` +
        `${master.source.path}. In production set SIJILL_MASTER_KEY (base64 of 32 random bytes, e.g. \`openssl rand -base64 32\`) and keep it ` +
        'apart from the database and its backups: whoever holds both can read every name.',
    );
  }
  return PersonalDataVault.open(readDb, master.key);
};

/** Sealing and opening of personal data, with the key vault in the read database. */
@Global()
@Module({
  imports: [ReadDatabaseModule],
  providers: [
    { provide: PersonalDataVault, inject: [READ_DATABASE, ConfigService], useFactory: openVault },
    { provide: PersonalData, inject: [PersonalDataVault], useFactory: (vault: PersonalDataVault) => new PersonalData(vault) },
  ],
  exports: [PersonalDataVault, PersonalData],
})
export class PrivacyModule {}
