import { Global, Module } from '@nestjs/common';
import { ReadDatabaseModule } from '../../infrastructure/database/read-database.module';
import { Freshness } from './freshness';
import { ProjectionsService } from './projections.service';
import { ReadModels } from './read-models';

/** The read side's machinery: read database, runner loops, query access, freshness. */
@Global()
@Module({
  imports: [ReadDatabaseModule],
  providers: [ReadModels, Freshness, ProjectionsService],
  exports: [ReadModels, Freshness, ProjectionsService],
})
export class ProjectionsRuntimeModule {}
