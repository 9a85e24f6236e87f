/**
 * What every measure hands the report: each figure with the value of every run,
 * so the report can give the median and spread, and the figure it is compared to,
 * so it can give a ratio. Figures of one section are taken side by side in one run.
 */
export interface Figure {
  /** e.g. 'SQLite, batched 100, Sijill' */
  readonly measure: string;
  /** 'events/s', 'ms', 'MB', 'req/s' ... */
  readonly unit: string;
  /** One value per run. */
  readonly runs: readonly number[];
  /** The `measure` of a figure in the same section this one is divided by (e.g. the raw driver). */
  readonly comparedTo?: readonly string[];
  /** Whether larger is better (throughput) or smaller is (latency, memory). */
  readonly better: 'higher' | 'lower';
  /** The target, as text, e.g. '≥ 0.8× raw'; checked by the writer of the section. */
  readonly target?: string;
  readonly met?: boolean;
}

export interface Section {
  readonly title: string;
  /** How it was measured, in a paragraph. */
  readonly method: string;
  readonly figures: readonly Figure[];
  /** What bounds a missed target, what was profiled, peers that could not run and why. */
  readonly notes: readonly string[];
  /** Which `npm run bench` measured the section (when it began) and what one fsync cost then: a report may join sections of several. */
  readonly measured?: Measured;
}

export interface Measured {
  readonly date: string;
  readonly fsyncMicros: number | null;
}
