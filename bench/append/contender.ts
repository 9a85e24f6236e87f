import type { NewEvent } from '../../src/events/envelope';

/** -1: the stream must not exist yet; n: its last revision must be n. */
export type Expected = number;

/** One store as the append workloads drive it; every contender writes the same events with the same expectations. */
export interface AppendTarget {
  /** One transaction: the revision check, then the events, at the next global positions. */
  append(streamId: string, events: readonly NewEvent[], expected: Expected): Promise<void>;
  /** Reads the whole log in global order, `page` events at a time, into plain objects; returns how many. */
  readAll(page: number): Promise<number>;
  close(): Promise<void>;
}

export type ContenderName = 'Sijill' | 'raw driver' | 'raw driver, sequence' | 'Emmett' | 'Emmett, one connection';

export interface Contender {
  readonly name: ContenderName;
  /** Opens a fresh, empty store; `close` removes it. */
  open(): Promise<AppendTarget>;
}
