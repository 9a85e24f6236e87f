import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * A CPU profile of this process over one stretch (the append train), written
 * to BENCH_CPU_PROFILE (a folder) when it is set; otherwise nothing runs, so
 * the figures are taken unprofiled. Open the file in Chrome DevTools.
 */
export const profileWhile = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const folder = process.env.BENCH_CPU_PROFILE;
  if (!folder) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
};
