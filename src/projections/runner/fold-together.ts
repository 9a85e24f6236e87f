import type { RecordedEvent } from '../../events/envelope';
import type { EventStore, ReadAllResult } from '../../infrastructure/event-store/event-store.port';
import type { OpenedEvent } from '../../infrastructure/privacy/personal-data';
import type { ProjectionRunner } from './projection-runner';

export interface FoldTogetherOptions {
  /** Events read per page, shared by every runner that stands at the page's start. */
  readonly batchSize?: number;
  /** Opens a page's sealed fields once for all runners (see RunnerPrivacy.open). */
  readonly open?: (events: readonly RecordedEvent[]) => Promise<readonly OpenedEvent[]>;
  /** Stops between two pages. */
  readonly signal?: AbortSignal;
  /** After each page, with the position reached and the events folded into any runner. */
  readonly onPage?: (progress: { readonly position: string; readonly events: number }) => void;
}

/**
 * Folds the log into several runners with one read of it: each page is read
 * (and its personal data opened) once and handed to every runner whose
 * checkpoint stands at the page's start, each folding its own types in its own
 * transaction. Runners that stand at different places converge: a page never
 * reads past the next runner ahead, so the ones behind meet it there. Same
 * outcome as each runner's own catchUp; the log is read once instead of once
 * per read model. True when every runner reached the head, false when stopped.
 */
export const foldTogether = async (store: EventStore, runners: readonly ProjectionRunner[], options: FoldTogetherOptions = {}): Promise<boolean> => {
  const compare = (a: string, b: string): number => (a === b ? 0 : a === '' ? -1 : b === '' ? 1 : store.comparePositions(a, b));
  const pending = new Set(runners);
  while (pending.size > 0) {
    // On SQLite every await resolves at once: without a turn of the event loop, Ctrl-C and the progress bar's timer would wait for the end.
    await new Promise((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) return false;
    const standing = await Promise.all([...pending].map(async (runner) => ({ runner, at: await runner.checkpoint() })));
    const from = standing.reduce((least, { at }) => (compare(at, least) < 0 ? at : least), standing[0]!.at);
    const here = standing.filter(({ at }) => at === from).map(({ runner }) => runner);
    const ahead = standing.filter(({ at }) => compare(at, from) > 0).reduce<string | null>((next, { at }) => (next === null || compare(at, next) < 0 ? at : next), null);
    const types = [...new Set(here.flatMap((runner) => runner.projection.handles))];
    const read = await store.readAll({ after: from === '' ? null : from, limit: options.batchSize ?? 2_000, filter: { types } });
    const page = ahead === null ? read : stopAt(read, ahead, compare);
    const opened = options.open ? await options.open(page.events) : page.events;
    let folded = 0;
    for (const runner of here) {
      const handles = new Set<string>(runner.projection.handles);
      const mine = page.events.flatMap((event, index) => (handles.has(event.type) ? [index] : []));
      const outcome = await runner.fold(from, { ...page, events: mine.map((index) => page.events[index]!) }, mine.map((index) => opened[index]!));
      folded += outcome.events;
      // A runner that lost a race to another process is read again at its new checkpoint on the next page.
      if (outcome.caughtUp) pending.delete(runner);
    }
    options.onPage?.({ position: page.nextCursor ?? from, events: folded });
  }
  return true;
};

/** The part of a page up to `position`: the runners behind stop there, where the next one stands. */
const stopAt = (page: ReadAllResult, position: string, compare: (a: string, b: string) => number): ReadAllResult => {
  if (page.nextCursor === null || compare(page.nextCursor, position) <= 0) return page;
  return { events: page.events.filter((event) => compare(event.position, position) <= 0), nextCursor: position, isEnd: false };
};
