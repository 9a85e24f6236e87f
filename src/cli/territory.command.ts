import { userInfo } from 'node:os';
import { Presets, SingleBar } from 'cli-progress';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { UNIT_KINDS, type UnitKind } from '../events/org-units.events';
import { TerritoryImporter } from '../modules/territory/import-territory/territory-importer';
import { DEFAULT_KIND, DEPTHS, type Depth, moroccoPlan } from '../modules/territory/import-territory/territory-plan';
import { loadMoroccoReference } from '../modules/territory/reference/morocco.reference';
import { interruptible } from './progress';

interface ImportFlags {
  readonly country?: string;
  readonly root?: string;
  readonly depth?: string;
  readonly kind?: string;
  readonly establishedOn?: string;
  readonly prefix?: string;
  readonly actor?: string;
  readonly concurrency?: string;
}

const COUNTRIES = ['MA'];

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T => {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) throw new Error(`--${flag} must be one of ${allowed.join(', ')}`);
  return value as T;
};

@SubCommand({
  name: 'import',
  description: "Establish a country's regions, provinces and (with --depth commune) communes as units under a national unit; safe to re-run",
})
export class TerritoryImportCommand extends CommandRunner {
  constructor(private readonly importer: TerritoryImporter) {
    super();
  }

  async run(_params: string[], flags: ImportFlags = {}): Promise<void> {
    try {
      await this.import(flags);
    } catch (error) {
      // nest-commander only prints what a command throws; a script must see the failure too.
      process.stderr.write(`territory import: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }

  private async import(flags: ImportFlags): Promise<void> {
    oneOf(flags.country, COUNTRIES, 'country');
    if (!flags.root) throw new Error('--root <unitId> is required: the national unit to import under');
    const depth = oneOf<Depth>(flags.depth, DEPTHS, 'depth');
    const kind = oneOf<UnitKind>(flags.kind ?? DEFAULT_KIND, UNIT_KINDS, 'kind');
    if (flags.establishedOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.establishedOn)) throw new Error('--established-on must be YYYY-MM-DD');
    const concurrency = Number(flags.concurrency ?? 8);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new Error('--concurrency must be 1 to 64');

    const plan = moroccoPlan(loadMoroccoReference(), { rootId: flags.root, depth, idPrefix: flags.prefix ?? '' });
    const { signal, release } = interruptible();
    const bar = new SingleBar({ format: 'territory [{bar}] {percentage}% | {value}/{total} units | {level}' }, Presets.shades_classic);
    bar.start(plan.length, 0, { level: 'REGIONAL' });
    try {
      const report = await this.importer.run(flags.root, plan, {
        kind,
        establishedOn: flags.establishedOn ?? null,
        actor: flags.actor ?? `cli:${userInfo().username}`,
        concurrency,
        signal,
        onProgress: (done, _total, level) => bar.update(done, { level }),
      });
      bar.stop();
      const rows = Object.entries(report.levels).filter(([, count]) => count.planned > 0);
      console.table(rows.map(([level, count]) => ({ level, planned: count.planned, created: count.created, 'already there': count.existing })));
      if (report.interrupted) console.log(`Interrupted after ${report.done} of ${report.total} units. Run the same command again to resume; nothing is written twice.`);
    } finally {
      bar.stop();
      release();
    }
  }

  @Option({ flags: '--country <code>', description: 'ISO 3166-1 alpha-2 code of the country; MA (Morocco) is the one with reference data' })
  parseCountry(value: string): string {
    return value.toUpperCase();
  }

  @Option({ flags: '--root <unitId>', description: 'The national unit the regions hang under' })
  parseRoot(value: string): string {
    return value;
  }

  @Option({ flags: '--depth <depth>', description: 'region, province (regions and provinces) or commune (down to the communes)' })
  parseDepth(value: string): string {
    return value;
  }

  @Option({ flags: '--kind <kind>', description: `The kind of every unit established (default ${DEFAULT_KIND})` })
  parseKind(value: string): string {
    return value.toUpperCase();
  }

  @Option({ flags: '--established-on <date>', description: 'YYYY-MM-DD recorded as every unit\'s establishment day (default: today)' })
  parseEstablishedOn(value: string): string {
    return value;
  }

  @Option({ flags: '--prefix <prefix>', description: 'Put before every unit id, for a second organization in the same store (e.g. "ym-")' })
  parsePrefix(value: string): string {
    return value;
  }

  @Option({ flags: '--actor <actor>', description: 'Recorded as who established the units (default cli:<user>)' })
  parseActor(value: string): string {
    return value;
  }

  @Option({ flags: '--concurrency <n>', description: 'Commands in flight at once (default 8)' })
  parseConcurrency(value: string): string {
    return value;
  }
}

@Command({ name: 'territory', description: "Set an organization up on a country's territorial divisions", subCommands: [TerritoryImportCommand] })
export class TerritoryCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
