import Database from 'better-sqlite3';
import { closeSync, existsSync, fdatasyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { postgresAppendBench, sqliteAppendBench } from './append/append.bench';
import { BENCH_DATABASE_URL } from './append/scratch';
import { commandsBench } from './commands/commands.bench';
import { dashboardBench } from './dashboard/dashboard.bench';
import { liveFeedSection } from './live-feed.bench';
import { rebuildBench } from './rebuild/rebuild.bench';
import { renderReport, summaryLines, type Machine } from './report';
import { benchDataDir } from './synthetic/bench-data';
import type { Section } from './section';

/**
 * `npm run bench`: every section in turn, then docs/benchmarks.md and a summary.
 * Environment:
 *   BENCH_RUNS=5            runs per figure
 *   BENCH_ONLY=append,...   sections whose name starts with one of these
 *   BENCH_WRITE=1           write docs/benchmarks.md even when BENCH_ONLY picks a subset (the other
 *                           sections as their last complete run on this machine left them;
 *                           BENCH_ONLY=none BENCH_WRITE=1 only writes the report again from those)
 *   sizes: BENCH_BATCHED_EVENTS, BENCH_SINGLE_APPENDS, BENCH_CONCURRENT_APPENDS, BENCH_COMMANDS,
 *          BENCH_SUBSCRIBERS, BENCH_EVENTS, BENCH_INTERVAL_MS, and those the rebuild and dashboard sections read
 *   where:  BENCH_DATABASE_URL (PostgreSQL, default the local test database), BENCH_DIR (SQLite files, default tmpdir)
 */
interface BenchOptions {
  readonly runs: number;
}

const SECTIONS: ReadonlyArray<readonly [name: string, run: (options: BenchOptions) => Promise<Section>]> = [
  ['append-sqlite', sqliteAppendBench],
  ['append-postgres', postgresAppendBench],
  ['commands', commandsBench],
  ['live-feed', liveFeedSection],
  ['rebuild', rebuildBench],
  ['dashboard', dashboardBench],
];

const ROOT = join(__dirname, '..', '..');

const packageVersion = (name: string): string => {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
};

/** 4 KiB written and fdatasync'ed in place, on the disk the SQLite files go to: what one durable commit costs at least. */
const fsyncMicros = (): number => {
  const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'sijill-fsync-'));
  const fd = openSync(join(dir, 'probe'), 'w');
  const block = Buffer.alloc(4096, 1);
  const rounds = 200;
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) {
    writeSync(fd, block, 0, block.length, (i % 16) * block.length);
    fdatasyncSync(fd);
  }
  const micros = Number(process.hrtime.bigint() - started) / 1000 / rounds;
  closeSync(fd);
  rmSync(dir, { recursive: true, force: true });
  return micros;
};

const machine = async (runs: number): Promise<Machine> => {
  const memory = new Database(':memory:');
  const sqlite = memory.prepare<[], { version: string }>('SELECT sqlite_version() AS version').get()!.version;
  memory.close();
  const pool = new Pool({ connectionString: BENCH_DATABASE_URL, max: 1 });
  const postgres = await pool
    .query<{ server_version: string }>('SHOW server_version')
    .then(({ rows }) => rows[0]!.server_version, (error: Error) => `unreachable (${error.message})`);
  await pool.end();
  return {
    cpu: cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    versions: {
      PostgreSQL: postgres,
      'SQLite (better-sqlite3)': sqlite,
      'better-sqlite3': packageVersion('better-sqlite3'),
      pg: packageVersion('pg'),
      '@nestjs/core': packageVersion('@nestjs/core'),
      '@nestjs/cqrs': packageVersion('@nestjs/cqrs'),
      '@event-driven-io/emmett-postgresql': packageVersion('@event-driven-io/emmett-postgresql'),
      '@event-driven-io/emmett-sqlite': packageVersion('@event-driven-io/emmett-sqlite'),
      'sqlite3 (node-sqlite3, for Emmett)': packageVersion('sqlite3'),
    },
    fsyncMicros: fsyncMicros(),
    date: new Date().toISOString().slice(0, 10),
    runs,
  };
};

const failedSection = (name: string, error: unknown): Section => {
  console.error(`${name} failed:`, error);
  return { title: name, method: 'Not measured: the section failed.', figures: [], notes: [String(error instanceof Error ? error.message : error)] };
};

/** Each section's last complete figures, kept under the bench data directory. */
const keptSection = (name: string): string => join(benchDataDir(), 'sections', `${name}.json`);

const keep = (name: string, section: Section): void => {
  mkdirSync(join(benchDataDir(), 'sections'), { recursive: true });
  writeFileSync(keptSection(name), JSON.stringify(section));
};

/**
 * A subset run (BENCH_ONLY with BENCH_WRITE=1) writes the whole report: the
 * sections it ran, and the others as their last complete run on this machine left them.
 */
const withEarlier = (chosen: typeof SECTIONS, fresh: readonly Section[]): Section[] =>
  SECTIONS.flatMap(([name]) => {
    const index = chosen.findIndex(([picked]) => picked === name);
    if (index >= 0) return [fresh[index]!];
    return existsSync(keptSection(name)) ? [JSON.parse(readFileSync(keptSection(name), 'utf8')) as Section] : [];
  });

const main = async (): Promise<void> => {
  process.env.NODE_ENV = 'production';
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim()).filter(Boolean) ?? null;
  const chosen = SECTIONS.filter(([name]) => only === null || only.some((prefix) => name.startsWith(prefix)));
  const begun = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const about = await machine(runs);
  const sections: Section[] = [];
  for (const [name, run] of chosen) {
    const started = Date.now();
    console.log(`${name}: ${runs} run(s)…`);
    const measured = { date: begun, fsyncMicros: about.fsyncMicros };
    const section = { ...(await run({ runs }).catch((error: unknown) => failedSection(name, error))), measured };
    sections.push(section);
    if (section.figures.length > 0) keep(name, section);
    console.log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    // Kept as it goes, so a section that never returns does not take the others' figures with it.
    writeFileSync(join(ROOT, 'dist-bench', 'benchmarks.partial.md'), `${renderReport(sections, about)}\n`);
  }
  const report = renderReport(only === null ? sections : withEarlier(chosen, sections), about);
  if (only === null || process.env.BENCH_WRITE === '1') writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), `${report}\n`);
  console.log(summaryLines(sections).join('\n'));
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
