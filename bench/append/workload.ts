import type { NewEvent } from '../../src/events/envelope';
import { streamOfEvents } from './bench-events';
import type { AppendTarget, Expected } from './contender';

export interface AppendSizes {
  /** Events appended 100 at a time, each batch a new stream. */
  readonly batchedEvents: number;
  readonly batchSize: number;
  /** Single-event appends, ten per stream, each expecting the revision the previous one left. */
  readonly singleAppends: number;
  /** Single-event appends spread over the concurrent appenders. */
  readonly concurrentAppends: number;
  readonly appenders: number;
  /** Page size of the global-order read of the whole log. */
  readonly readPage: number;
}

interface Append {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expected: Expected;
}

/** The appends of one run, built before any clock starts and given to every contender. */
export interface Workload {
  readonly batched: readonly Append[];
  readonly single: readonly Append[];
  readonly lanes: readonly (readonly Append[])[];
}

const singles = (count: number, offset: number): Append[] => {
  const appends: Append[] = [];
  for (let made = 0; made < count; made += 10) {
    const { streamId, events } = streamOfEvents(Math.min(10, count - made), offset + made);
    events.forEach((event, revision) => appends.push({ streamId, events: [event], expected: revision - 1 }));
  }
  return appends;
};

export const buildWorkload = (sizes: AppendSizes): Workload => {
  const batched = Array.from({ length: Math.ceil(sizes.batchedEvents / sizes.batchSize) }, (_, i) => {
    const { streamId, events } = streamOfEvents(sizes.batchSize, i * sizes.batchSize);
    return { streamId, events, expected: -1 };
  });
  const perLane = Math.ceil(sizes.concurrentAppends / sizes.appenders);
  return {
    batched,
    single: singles(sizes.singleAppends, 0),
    lanes: Array.from({ length: sizes.appenders }, (_, lane) => singles(perLane, lane * perLane)),
  };
};

export const PARTS = ['batched', 'single', 'concurrent', 'read'] as const;
export type Part = (typeof PARTS)[number];

/** Events per second of one part of a run, or why the contender could not do it. */
export type PartResult = number | Error;

/** Events per second of `work`, which resolves to the number of events it handled. */
const rate = async (work: () => Promise<number>): Promise<PartResult> => {
  const started = process.hrtime.bigint();
  try {
    const events = await work();
    return events / (Number(process.hrtime.bigint() - started) / 1e9);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
};

const count = (appends: readonly Append[]): number => appends.reduce((sum, append) => sum + append.events.length, 0);

const inOrder = async (target: AppendTarget, appends: readonly Append[]): Promise<number> => {
  for (const { streamId, events, expected } of appends) await target.append(streamId, events, expected);
  return count(appends);
};

/** Every lane appending at once; a failure is reported once all lanes stopped, so none writes during the read. */
const together = async (target: AppendTarget, lanes: Workload['lanes']): Promise<number> => {
  const settled = await Promise.allSettled(lanes.map((lane) => inOrder(target, lane)));
  const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return lanes.reduce((sum, lane) => sum + count(lane), 0);
};

/** Batched, then single, then concurrent appends, then the whole log read in global order; each part reported as it ends. */
export const runWorkload = async (
  target: AppendTarget,
  workload: Workload,
  readPage: number,
  report: (part: Part, result: PartResult) => void,
): Promise<void> => {
  report('batched', await rate(() => inOrder(target, workload.batched)));
  report('single', await rate(() => inOrder(target, workload.single)));
  report('concurrent', await rate(() => together(target, workload.lanes)));
  report('read', await rate(() => target.readAll(readPage)));
};
