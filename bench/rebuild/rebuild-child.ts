import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { validateConfig } from '../../src/infrastructure/config/config.schema';
import { READ_DATABASE, type ReadDatabase } from '../../src/infrastructure/database/read-database';
import { EventStoreModule } from '../../src/infrastructure/event-store/event-store.module';
import { EVENT_STORE, type EventStore } from '../../src/infrastructure/event-store/event-store.port';
import { PROJECTIONS } from '../../src/projections/projections';
import { foldTogether } from '../../src/projections/runner/fold-together';
import { Generations } from '../../src/projections/runner/generations';
import { createProjectionTables } from '../../src/projections/runner/projection-tables';
import { ProjectionsRuntimeModule } from '../../src/projections/runner/projections-runtime.module';
import { ProjectionsService } from '../../src/projections/runner/projections.service';

/** What the child reports on its last stdout line. */
export interface RebuildOutcome {
  readonly events: number;
  readonly seconds: number;
  /** CPU time of the whole rebuild (user + system), less sensitive than wall time to other work on the machine. */
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
}

/** Events per read-model transaction, as `projections rebuild` uses. */
const BATCH = Number(process.env.REBUILD_BATCH ?? 2_500);

// The service's own store, read database and runner, with the background loops off.
process.env.SIJILL_PROJECTIONS = 'off';

@Module({ imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateConfig }), EventStoreModule, ProjectionsRuntimeModule] })
class RebuildModule {}

/**
 * Rebuilds every read model from position 0 into new generations beside the
 * live ones and switches over, as `projections rebuild all` does: one read of
 * the log for all of them. In its own process so that its peak RSS is the
 * rebuild's. Generations retired by an earlier run are dropped when the service
 * module starts, before timing.
 */
const main = async (): Promise<void> => {
  const app = await NestFactory.createApplicationContext(RebuildModule, { logger: ['error', 'warn'] });
  const service = app.get(ProjectionsService);
  const readDb = app.get<ReadDatabase>(READ_DATABASE);
  const store = app.get<EventStore>(EVENT_STORE);
  const generations = new Generations(readDb.db, undefined, (work) => readDb.exclusive(work));
  const events = Number((await store.headPosition()) ?? 0);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const targets = [];
  for (const projection of PROJECTIONS) {
    const target = await generations.startRebuild(projection);
    await createProjectionTables(readDb.db, readDb.dialect, projection, target.generation, { deferIndexes: true });
    targets.push({ projection, generation: target.generation });
  }
  const runners = targets.map(({ projection, generation }) => service.runner(projection, generation, BATCH));
  if (!(await foldTogether(store, runners, { batchSize: BATCH, open: (page) => service.openPersonalData(page) }))) throw new Error('The rebuild stopped early');
  for (const { projection, generation } of targets) {
    if (!(await service.promote(projection, generation))) throw new Error(`${projection.name} did not finish its rebuild`);
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  await app.close();
  const outcome: RebuildOutcome = { events, seconds, cpuSeconds, peakRssMb };
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
