import { Inject } from '@nestjs/common';
import { Command, CommandRunner, SubCommand } from 'nest-commander';
import { EVENT_STORE, type EventStore } from '../infrastructure/event-store/event-store.port';
import { READ_DATABASE, type ReadDatabase } from '../infrastructure/database/read-database';
import { PROJECTIONS } from '../projections/projections';
import { foldTogether } from '../projections/runner/fold-together';
import { Generations } from '../projections/runner/generations';
import { createProjectionTables } from '../projections/runner/projection-tables';
import { projectionStatus } from '../projections/runner/projection-status';
import { ProjectionsService } from '../projections/runner/projections.service';
import { interruptible, progressBar } from './progress';

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

/** Events per read-model transaction while rebuilding: fewer, larger commits than following the log. */
const REBUILD_BATCH = 2_500;

@SubCommand({
  name: 'rebuild',
  arguments: '<names...>',
  description: 'Rebuild read models (names, or "all") from position 0 beside the live ones, reading the log once for all of them, then switch each over',
})
export class ProjectionsRebuildCommand extends CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DATABASE) private readonly readDb: ReadDatabase,
    private readonly projections: ProjectionsService,
  ) {
    super();
  }

  async run(names: string[]): Promise<void> {
    const chosen = names.includes('all') ? [...PROJECTIONS] : names.map((name) => {
      const projection = PROJECTIONS.find((candidate) => candidate.name === name);
      if (!projection) throw new Error(`No projection named ${name}; known: all, ${PROJECTIONS.map((p) => p.name).join(', ')}`);
      return projection;
    });
    const generations = new Generations(this.readDb.db, undefined, (work) => this.readDb.exclusive(work));
    const targets = [];
    for (const projection of chosen) {
      // An interrupted rebuild left its generation behind: it resumes from that generation's checkpoint.
      const target = await generations.startRebuild(projection);
      await createProjectionTables(this.readDb.db, this.readDb.dialect, projection, target.generation, { deferIndexes: true });
      targets.push({ projection, generation: target.generation });
    }
    const runners = targets.map(({ projection, generation }) => this.projections.runner(projection, generation, REBUILD_BATCH));

    const head = await this.store.headPosition();
    const label = chosen.length === 1 ? chosen[0]!.name : `${chosen.length} read models`;
    const positions = await Promise.all(runners.map((runner) => runner.checkpoint()));
    const resumedAt = Math.min(...positions.map((position) => Number(position) || 0));
    const { signal, release } = interruptible();
    const bar = progressBar(label, head, resumedAt);
    let finished: boolean;
    try {
      finished = await foldTogether(this.store, runners, {
        batchSize: REBUILD_BATCH,
        open: (events) => this.projections.openPersonalData(events),
        signal,
        onPage: ({ position }) => bar.update(/^\d+$/.test(position) ? Number(position) : resumedAt),
      });
    } finally {
      bar.stop();
      release();
    }
    if (!finished) {
      console.log('Interrupted. Run the same command again to resume where each read model stopped; the live read models were not touched.');
      return;
    }
    for (const { projection, generation } of targets) {
      console.log(`${projection.name}: indexing generation ${generation}…`);
      await this.projections.promote(projection, generation);
      console.log(`${projection.name}: generation ${generation} rebuilt and now answers queries.`);
    }
  }
}

@Command({ name: 'projections', description: 'Inspect and rebuild read models', subCommands: [ProjectionsStatusCommand, ProjectionsRebuildCommand] })
export class ProjectionsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
