import { Inject } from '@nestjs/common';
import { Presets, SingleBar } from 'cli-progress';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { EVENT_STORE, type EventStore } from '../infrastructure/event-store/event-store.port';
import { PersonalData } from '../infrastructure/privacy/personal-data';
import { loadMoroccoReference } from '../modules/territory/reference/morocco.reference';
import { SyntheticSeeder } from '../synthetic/synthetic-seeder';
import { checkSyntheticOptions, DEFAULT_FROM_YEAR, DEFAULT_SEED, defaultUntil, type SyntheticOptions } from '../synthetic/synthetic-options';
import { interruptible } from './progress';

interface SyntheticFlags {
  readonly events?: string;
  readonly seed?: string;
  readonly fromYear?: string;
  readonly until?: string;
  readonly batch?: string;
}

const wholeNumber = (value: string | undefined, flag: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.replace(/_/g, ''))) throw new Error(`--${flag} must be a whole number`);
  return Number(value.replace(/_/g, ''));
};

@SubCommand({
  name: 'synthetic',
  description:
    "Write a synthetic party's history (Morocco's regions, provinces and communes, members, officers, meetings, resolutions) into an empty store; " +
    'the same options always give the same events, and an interrupted run resumes',
})
export class SeedSyntheticCommand extends CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly personalData: PersonalData,
  ) {
    super();
  }

  async run(_params: string[], flags: SyntheticFlags = {}): Promise<void> {
    try {
      await this.seed(flags);
    } catch (error) {
      // nest-commander only prints what a command throws; a script must see the failure too.
      process.stderr.write(`seed synthetic: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }

  private async seed(flags: SyntheticFlags): Promise<void> {
    const events = wholeNumber(flags.events, 'events');
    if (events === undefined) throw new Error('--events <n> is required, e.g. --events 100000');
    const today = new Date();
    const options: SyntheticOptions = checkSyntheticOptions(
      {
        events,
        seed: wholeNumber(flags.seed, 'seed') ?? DEFAULT_SEED,
        fromYear: wholeNumber(flags.fromYear, 'from-year') ?? DEFAULT_FROM_YEAR,
        until: flags.until ?? defaultUntil(today),
      },
      today,
    );
    const batchSize = wholeNumber(flags.batch, 'batch') ?? 2_000;
    if (batchSize < 1 || batchSize > 50_000) throw new Error('--batch must be 1 to 50000');
    // Printed first: resuming after an interruption needs the very same options.
    console.error(`seed synthetic --events ${options.events} --seed ${options.seed} --from-year ${options.fromYear} --until ${options.until}`);

    const { signal, release } = interruptible();
    const started = Date.now();
    const bar = new SingleBar(
      { format: 'synthetic [{bar}] {percentage}% | {value}/{total} events | {rate} events/s | {written} written', stream: process.stderr },
      Presets.shades_classic,
    );
    bar.start(options.events, 0, { rate: 0, written: 0 });
    try {
      const report = await new SyntheticSeeder(this.store, this.personalData).seed(options, loadMoroccoReference(), {
        batchSize,
        signal,
        onProgress: ({ done, written }) => bar.update(done, { written, rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) }),
      });
      bar.stop();
      console.table(Object.entries(report.byType).map(([type, count]) => ({ type, events: count })));
      if (report.interrupted) {
        console.log(`Interrupted after ${report.done} of ${report.total} events. Run the same command (same options) again to resume; nothing is written twice.`);
      } else {
        console.log(
          `${report.written} events written${report.alreadyThere > 0 ? `, ${report.alreadyThere} already there` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
            'The service builds the read models when it starts (or run `projections rebuild <name>`).',
        );
      }
    } finally {
      bar.stop();
      release();
    }
  }

  @Option({ flags: '--events <n>', description: 'How many events: exactly this many are written (e.g. 10000, 100000, 1000000)' })
  parseEvents(value: string): string {
    return value;
  }

  @Option({ flags: '--seed <n>', description: `The random seed (default ${DEFAULT_SEED}); the same seed and options give the same history` })
  parseSeed(value: string): string {
    return value;
  }

  @Option({ flags: '--from-year <year>', description: `The year the party is founded, on 1 January (default ${DEFAULT_FROM_YEAR})` })
  parseFromYear(value: string): string {
    return value;
  }

  @Option({ flags: '--until <date>', description: 'The last day of the history, YYYY-MM-DD (default: the last day of the previous month)' })
  parseUntil(value: string): string {
    return value;
  }

  @Option({ flags: '--batch <n>', description: 'Events per write transaction (default 2000)' })
  parseBatch(value: string): string {
    return value;
  }
}

@Command({ name: 'seed', description: 'Fill an empty store with generated data, for demonstrations and benchmarks', subCommands: [SeedSyntheticCommand] })
export class SeedCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
