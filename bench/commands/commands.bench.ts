import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { unrestricted } from '../../src/infrastructure/auth/access';
import { RecordMeetingCommand } from '../../src/modules/meetings/record-meeting/record-meeting.handler';
import { EstablishOrgUnitCommand } from '../../src/modules/org-units/establish-org-unit/establish-org-unit.handler';
import type { CommandMeta } from '../../src/modules/shared-kernel/command-runner';
import { percentile } from '../report';
import type { Figure, Section } from '../section';
import { startBenchApp, type BenchApp } from './bench-app';

export interface CommandsBenchOptions {
  readonly runs: number;
}

const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 1_000);
const CONCURRENCY = [1, 16] as const;
const STORES = [
  ['sqlite', 'SQLite'],
  ['postgres', 'PostgreSQL'],
] as const;

const meta = (): CommandMeta => ({
  principal: unrestricted('bench', 'system'),
  actor: 'bench',
  correlationId: randomUUID(),
  commandId: null,
  expectedRevision: null,
});

const UNITS = [
  { unitId: 'pam', parentId: null, level: 'NATIONAL', name: { ar: 'حزب الأصالة والمعاصرة' } },
  { unitId: 'fes-meknes', parentId: 'pam', level: 'REGIONAL', name: { ar: 'فاس مكناس' } },
  { unitId: 'el-hajeb', parentId: 'fes-meknes', level: 'PROVINCIAL', name: { ar: 'الحاجب' } },
] as const;

/** A meeting like the append benchmark's: Arabic title, locality, summary, a named group; no member to load. */
const recordMeeting = (index: number): RecordMeetingCommand =>
  new RecordMeetingCommand(
    {
      meetingId: null,
      unitId: 'el-hajeb',
      kind: 'ORGANIZATIONAL',
      title: { ar: `اجتماع تنظيمي ${index}` },
      heldOn: '2021-06-07',
      startsAt: null,
      partOfDay: 'EVENING',
      timeZone: 'Africa/Casablanca',
      venue: { locality: { ar: 'مدينة الحاجب' } },
      chairs: [{ guestName: { ar: 'عبد الإلاه بوقولا' }, role: 'Provincial Secretary-General' }],
      attendees: [{ group: { ar: 'أعضاء الأمانة الإقليمية' }, count: null }],
      agenda: [],
      summary: { ar: 'خصص الاجتماع لتقييم الأداء التنظيمي والتحضير للاستحقاقات المقبلة.' },
      summaryLanguage: 'ar',
    },
    meta(),
  );

const establishUnits = async (bus: CommandBus): Promise<void> => {
  for (const unit of UNITS) {
    const input = { ...unit, kind: 'PARTY', parallel: false, shortName: null, territory: null, establishedOn: '2008-08-08' };
    await bus.execute(new EstablishOrgUnitCommand(input, meta()));
  }
};

interface Pass {
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Median of the appends inside the commands, waiting for a write turn included. */
  readonly appendP50: number;
}

/** `count` commands, at most `concurrency` in flight; each one's latency from execute to its outcome. */
const pass = async (bench: BenchApp, count: number, concurrency: number, offset: number): Promise<Pass> => {
  const bus = bench.app.get(CommandBus);
  bench.takeStoreTimings();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < count) {
      const command = recordMeeting(offset + next++);
      const sent = performance.now();
      await bus.execute(command);
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const { append } = bench.takeStoreTimings();
  return { perSecond: count / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), appendP50: percentile(append, 50) };
};

const label = (store: string, concurrency: number): string => `RecordMeeting, concurrency ${concurrency}, ${store}`;

/**
 * Single-event commands end to end through the CommandBus: the handler loads the
 * unit's stream, the runner reads the meeting's (new) stream, checks the
 * principal's grants, decides, and appends with the expected revision.
 */
export const commandsBench = async (options: CommandsBenchOptions): Promise<Section> => {
  const results = new Map<string, Pass[]>();
  for (let run = -1; run < options.runs; run++) {
    // Run -1 warms up (JIT, first connections) and is not recorded; stores alternate which goes first.
    const order = run % 2 === 0 ? STORES : [...STORES].reverse();
    for (const [kind, store] of order) {
      const bench = await startBenchApp(kind);
      try {
        await establishUnits(bench.app.get(CommandBus));
        for (const concurrency of CONCURRENCY) {
          global.gc?.();
          const measured = await pass(bench, run < 0 ? Math.min(200, COMMANDS) : COMMANDS, concurrency, concurrency * COMMANDS);
          if (run >= 0) results.set(label(store, concurrency), [...(results.get(label(store, concurrency)) ?? []), measured]);
        }
      } finally {
        await bench.close();
      }
    }
  }
  const figures: Figure[] = [...results].flatMap(([measure, passes]) => [
    { measure: `${measure}: throughput`, unit: 'commands/s', better: 'higher' as const, runs: passes.map((p) => p.perSecond) },
    { measure: `${measure}: p50 latency`, unit: 'ms', better: 'lower' as const, runs: passes.map((p) => p.p50) },
    { measure: `${measure}: p99 latency`, unit: 'ms', better: 'lower' as const, runs: passes.map((p) => p.p99) },
    { measure: `${measure}: its append, p50`, unit: 'ms', better: 'lower' as const, runs: passes.map((p) => p.appendP50) },
  ]);
  return {
    title: 'Commands end to end',
    method:
      `Each run starts the service (Nest application context, no HTTP) on a fresh store with the read models in the same database, ` +
      `establishes three units, then executes ${COMMANDS.toLocaleString('en-US')} RecordMeetingCommand through the CommandBus with at most 1, ` +
      'then 16, in flight. A command loads the unit\'s stream, reads the meeting\'s new stream, checks the principal\'s grants, decides ' +
      'and appends one MeetingHeld event with its expected revision; latency is from execute to its outcome. The projection runners fold ' +
      'the log into the read models meanwhile, on the same two cores, as they do in service.',
    figures,
    notes: [
      "'Its append' is the store's append as the command sees it. On SQLite it includes waiting for its turn to write: the read models share the file and its one write lock, so the projections' write transactions take turns with the appends, and an append that alone takes a fraction of a millisecond (see the append section) waits for them. On PostgreSQL it is one round trip and a commit, while the projections' own commits compete for the same WAL flushes.",
      'A command also reads two streams (the unit and the new meeting), which on PostgreSQL are two more round trips.',
    ],
  };
};
