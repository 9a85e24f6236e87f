import { Presets, SingleBar } from 'cli-progress';

/**
 * A progress bar on stderr (stdout may carry an export). Positions of the SQL
 * stores count events, so the head gives the total; a KurrentDB head does not,
 * and the bar then counts without a total.
 */
export const progressBar = (label: string, head: string | null, from = 0): { update(done: number): void; stop(): void } => {
  const total = head !== null && /^\d+$/.test(head) ? Number(head) : 0;
  const started = Date.now();
  const format = total > 0 ? `${label} [{bar}] {percentage}% | {value}/{total} events | {rate}/s` : `${label} {value} events | {rate}/s`;
  const bar = new SingleBar({ format, stream: process.stderr }, Presets.shades_classic);
  bar.start(total, from, { rate: 0 });
  return {
    update(done) {
      // A resumed run's rate counts only what this run did.
      const rate = Math.round((done - from) / Math.max(0.001, (Date.now() - started) / 1000));
      bar.update(total > 0 ? Math.min(done, total) : done, { rate });
    },
    stop: () => bar.stop(),
  };
};

/** Ctrl-C asks the work to stop at its next safe point instead of killing the process mid-write. */
export const interruptible = (): { signal: AbortSignal; release(): void } => {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  return { signal: controller.signal, release: () => process.off('SIGINT', stop) };
};
