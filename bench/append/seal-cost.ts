import { GENESIS_HASH, sealBatch } from '../../src/infrastructure/event-store/integrity/event-seal';
import type { Workload } from './workload';

/**
 * What sealing alone costs per event, on the batched appends of a workload: the
 * canonical JSON, SHA-256 and envelope our adapters add to every append, timed in
 * this process without any database, best of a few passes.
 */
export const sealMicrosPerEvent = (workload: Workload): number => {
  const recordedAt = new Date().toISOString();
  const events = workload.batched.reduce((sum, append) => sum + append.events.length, 0);
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 5; pass++) {
    const started = process.hrtime.bigint();
    for (const { streamId, events: batch } of workload.batched) sealBatch(streamId, batch, { revision: -1, hash: GENESIS_HASH }, recordedAt);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1000 / events);
  }
  return best;
};
