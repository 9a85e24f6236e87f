import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { SERVICE_MAIN, serviceEnv } from '../synthetic/bench-data';

export interface BenchServer {
  readonly url: string;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/**
 * The real service (the compiled main.js) on a SQLite file, in its own process,
 * so the load generator and the server do not share one event loop. Ready once
 * a query with `authorization` answers: the key's events are folded by then.
 */
export const startBenchServer = async (sqlitePath: string, authorization: string): Promise<BenchServer> => {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [SERVICE_MAIN], {
    env: serviceEnv(sqlitePath, { PORT: String(port), HOST: '127.0.0.1', SIJILL_RATE_LIMIT: '100000000' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-5_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The service exited during start-up: ${stderr}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ orgUnit(id: "party") { id } }' }),
      });
      const body = (await response.json()) as { data?: { orgUnit?: { id: string } | null } };
      if (body.data?.orgUnit?.id === 'party') break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The service did not answer within 5 minutes: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
};
