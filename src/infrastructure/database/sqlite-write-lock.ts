import { resolve } from 'node:path';

/**
 * In-process writers of one SQLite file take turns here. better-sqlite3 waits for a
 * busy lock by blocking the thread, so an append arriving while a read-model
 * transaction on another connection of the same file sits between two awaits
 * would block the very event loop that transaction needs to finish. Other
 * processes are still handled by SQLite's busy timeout.
 */
export class WriteTurns {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => T | Promise<T>): Promise<T> {
    const turn = this.tail.then(work);
    this.tail = turn.catch(() => undefined);
    return turn;
  }
}

const turnsByFile = new Map<string, WriteTurns>();

/** The turns of one database file; null for an in-memory database, which nothing else can open. */
export const writeTurnsFor = (path: string): WriteTurns | null => {
  if (path === ':memory:' || path === '') return null;
  const file = resolve(path);
  let turns = turnsByFile.get(file);
  if (!turns) turnsByFile.set(file, (turns = new WriteTurns()));
  return turns;
};
