import { Inject } from '@nestjs/common';
import { SingleBar, Presets } from 'cli-progress';
import { Command, CommandRunner, SubCommand } from 'nest-commander';
import { EVENT_STORE, type EventStore } from '../infrastructure/event-store/event-store.port';
import { READ_DATABASE, type ReadDatabase } from '../infrastructure/database/read-database';
import { PROJECTIONS } from '../projections/projections';
import { Generations } from '../projections/runner/generations';
import { createProjectionTables } from '../projections/runner/projection-tables';
import { projectionStatus } from '../projections/runner/projection-status';
import { ProjectionsService } from '../projections/runner/projections.service';

@SubCommand({ name: 'status', description: 'Position, lag and issues of every projection' })
export class ProjectionsStatusCommand extends CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DATABASE) private readonly readDb: ReadDatabase,
  ) {
    super();
  }

  async run(): Promise<void> {
    const reports = await projectionStatus(this.store, this.readDb);
    console.table(
      reports.map((r) => ({
        projection: r.name,
        generation: r.generation,
        version: r.version,
        status: r.status,
        position: r.position || '(start)',
        'lag (events)': r.lagEvents ?? 'n/a',
        'lag (s)': r.lagSeconds,
        issues: r.issues,
      })),
    );
  }
}

@SubCommand({ name: 'rebuild', arguments: '<name>', description: 'Rebuild a projection from position 0 beside the live one, then switch over' })
export class ProjectionsRebuildCommand extends CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DATABASE) private readonly readDb: ReadDatabase,
    private readonly projections: ProjectionsService,
  ) {
    super();
  }

  async run([name]: string[]): Promise<void> {
    const projection = PROJECTIONS.find((candidate) => candidate.name === name);
    if (!projection) throw new Error(`No projection named ${name}; known: ${PROJECTIONS.map((p) => p.name).join(', ')}`);
    const generations = new Generations(this.readDb.db, undefined, (work) => this.readDb.exclusive(work));
    // An interrupted rebuild left its generation behind: it resumes from that generation's checkpoint.
    const target = await generations.startRebuild(projection);
    await createProjectionTables(this.readDb.db, this.readDb.dialect, projection, target.generation);

    const interrupted = new AbortController();
    const stop = (): void => interrupted.abort();
    process.once('SIGINT', stop);
    const head = await this.store.headPosition();
    const bar = new SingleBar({ format: `${name} [{bar}] {percentage}% | {value}/{total} | {rate} events/s` }, Presets.shades_classic);
    const total = head !== null && /^\d+$/.test(head) ? Number(head) : 0;
    const started = Date.now();
    let done = target.position === '' ? 0 : Number(target.position) || 0;
    bar.start(total, done, { rate: 0 });
    const outcome = await this.projections.runner(projection, target.generation).catchUp(interrupted.signal, (batch) => {
      done = /^\d+$/.test(batch.position) ? Number(batch.position) : done + batch.events;
      bar.update(Math.min(done, total), { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) });
    });
    bar.stop();
    process.off('SIGINT', stop);
    if (!outcome.caughtUp) {
      console.log(`Interrupted at position ${outcome.position}. Run the same command again to resume; the live read model was not touched.`);
      return;
    }
    await generations.promote(projection.name, target.generation);
    console.log(`${name}: generation ${target.generation} rebuilt up to ${outcome.position} and now answers queries.`);
  }
}

@Command({ name: 'projections', description: 'Inspect and rebuild read models', subCommands: [ProjectionsStatusCommand, ProjectionsRebuildCommand] })
export class ProjectionsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
