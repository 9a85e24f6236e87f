import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { ContenderKey, PartMessage } from './contender-process';
import { PARTS, type Part, type PartResult } from './workload';

export type RunResult = Record<Part, PartResult>;

const CHILD_TIMEOUT_MS = Number(process.env.BENCH_CHILD_TIMEOUT_S ?? 900) * 1000;

/** One contender's run in a child process; a part it did not report carries why (a crash, a timeout). */
export const inOwnProcess = (key: ContenderKey, workloadFile: string, readPage: number): Promise<RunResult> =>
  new Promise((resolve) => {
    const child = fork(join(__dirname, 'contender-process.js'), [key, workloadFile, String(readPage)], {
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const reported = new Map<Part, PartResult>();
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.on('message', (message: PartMessage) => reported.set(message.part, message.error === undefined ? message.value! : new Error(message.error)));
    // A contender that stops answering (a lock never granted) must not stall the whole benchmark.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, CHILD_TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const cause = new Error(
        timedOut ? `it did not finish within ${CHILD_TIMEOUT_MS / 1000} s` : `its process exited (code ${code}) with: ${firstError(output)}`,
      );
      resolve(Object.fromEntries(PARTS.map((part) => [part, reported.get(part) ?? cause])) as RunResult);
    });
  });

const firstError = (output: string): string => output.split('\n').find((line) => /Error/.test(line))?.trim() ?? (output.trim().split('\n').at(-1) ?? 'no output');

