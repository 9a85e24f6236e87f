import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { validateConfig } from '../infrastructure/config/config.schema';
import { EventStoreModule } from '../infrastructure/event-store/event-store.module';
import { ProjectionsRuntimeModule } from '../projections/runner/projections-runtime.module';
import { ProjectionsCommand, ProjectionsRebuildCommand, ProjectionsStatusCommand } from './projections.command';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateConfig }), EventStoreModule, ProjectionsRuntimeModule],
  providers: [ProjectionsCommand, ProjectionsStatusCommand, ProjectionsRebuildCommand],
})
export class CliModule {}
