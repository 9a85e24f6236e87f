import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CqrsModule } from '@nestjs/cqrs';
import { validateConfig } from '../infrastructure/config/config.schema';
import { EventStoreModule } from '../infrastructure/event-store/event-store.module';
import { OrgUnitsModule } from '../modules/org-units/org-units.module';
import { TerritoryModule } from '../modules/territory/territory.module';
import { ProjectionsRuntimeModule } from '../projections/runner/projections-runtime.module';
import { ProjectionsCommand, ProjectionsRebuildCommand, ProjectionsStatusCommand } from './projections.command';
import { AuditAnchorCommand, AuditCommand, AuditVerifyCommand } from './audit.command';
import { ExportCommand } from './export.command';
import { ImportCommand } from './import.command';
import { TerritoryCommand, TerritoryImportCommand } from './territory.command';
import { PRINCIPALS_COMMANDS } from './principals.command';
import { AccessModule } from '../modules/access/access.module';
import { SeedCommand, SeedSyntheticCommand } from './seed.command';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateConfig }), EventStoreModule, ProjectionsRuntimeModule, CqrsModule.forRoot(), OrgUnitsModule, TerritoryModule, AccessModule],
  providers: [ProjectionsCommand, ProjectionsStatusCommand, ProjectionsRebuildCommand, TerritoryCommand, TerritoryImportCommand, AuditCommand, AuditVerifyCommand, AuditAnchorCommand, ExportCommand, ImportCommand, SeedCommand, SeedSyntheticCommand, ...PRINCIPALS_COMMANDS],
})
export class CliModule {}
