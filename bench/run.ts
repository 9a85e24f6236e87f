import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { liveFeedBench } from './live-feed.bench';

/** `npm run bench`: runs each measure, prints it, and writes docs/benchmarks.md. */
const main = async (): Promise<void> => {
  process.env.NODE_ENV = 'production';
  const live = await liveFeedBench();
  console.table(live);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const rows = Object.entries(live).map(([key, value]) => `| ${key} | ${Number.isInteger(value) ? value : value.toFixed(2)} |`);
  writeFileSync(
    join(__dirname, '..', '..', 'docs', 'benchmarks.md'),
    [
      '# Benchmarks',
      '',
      `Measured by \`npm run bench\` on ${machine}, ${new Date().toISOString().slice(0, 10)}.`,
      'Server and clients share one process and two cores: figures are upper bounds for the server alone.',
      '',
      '## Live feed (embedded SQLite store)',
      '',
      `One unit followed by every subscriber over graphql-ws; events appended one at a time, ${process.env.BENCH_INTERVAL_MS ?? 200} ms apart (latency is from append to the client's callback; a faster train measures queueing, not delivery).`,
      '',
      '| measure | value |',
      '| --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
