import { readFileSync } from 'node:fs';
import type { Contender } from './contender';
import { emmettPostgres, emmettSqlite, emmettSqliteShared } from './contenders/emmett';
import { rawPostgres, rawPostgresSequence } from './contenders/raw-postgres';
import { rawSqlite } from './contenders/raw-sqlite';
import { sijillPostgres, sijillSqlite } from './contenders/sijill';
import { buildWorkload, runWorkload, type Part, type Workload } from './workload';

/**
 * One contender's run in a process of its own, so no contender inherits another's
 * heap, JIT state or connections, and one that crashes the process (node-sqlite3
 * raises some errors as unhandled events) loses only its own remaining parts.
 * Reports each part to the parent as `{ part, value }` or `{ part, error }`.
 */
export const CONTENDERS = {
  'sqlite/Sijill': sijillSqlite,
  'sqlite/raw driver': rawSqlite,
  'sqlite/Emmett': emmettSqlite,
  'sqlite/Emmett, one connection': emmettSqliteShared,
  'postgres/Sijill': sijillPostgres,
  'postgres/raw driver': rawPostgres,
  'postgres/raw driver, sequence': rawPostgresSequence,
  'postgres/Emmett': emmettPostgres,
} as const satisfies Record<string, Contender>;

export type ContenderKey = keyof typeof CONTENDERS;

export interface PartMessage {
  readonly part: Part;
  readonly value?: number;
  readonly error?: string;
}

const runOnce = async (contender: Contender, workload: Workload, readPage: number, report: (part: Part, result: number | Error) => void) => {
  const target = await contender.open();
  try {
    await runWorkload(target, workload, readPage, report);
  } finally {
    await target.close();
  }
};

const main = async (): Promise<void> => {
  const [key, workloadFile, readPage] = process.argv.slice(2) as [ContenderKey, string, string];
  const contender = CONTENDERS[key];
  const page = Number(readPage);
  // A small unrecorded pass first, so the figures pay for neither JIT warm-up nor first connections.
  const warmUp = buildWorkload({ batchedEvents: 1_000, batchSize: 100, singleAppends: 100, concurrentAppends: 0, appenders: 8, readPage: page });
  await runOnce(contender, warmUp, page, () => undefined);
  const workload = JSON.parse(readFileSync(workloadFile, 'utf8')) as Workload;
  global.gc?.();
  await runOnce(contender, workload, page, (part, result) => {
    const message: PartMessage = result instanceof Error ? { part, error: result.message.split('\n')[0] } : { part, value: result };
    process.send!(message);
  });
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
