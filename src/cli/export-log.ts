import type { Writable } from 'node:stream';
import type { RecordedEvent } from '../events/envelope';
import type { EventStore } from '../infrastructure/event-store/event-store.port';
import type { PersonalDataVault, WrappedKeyRecord } from '../infrastructure/privacy/personal-data-vault';

/** A bound of the export: a cursor (position in this store's log) or a recorded time. */
export type ExportBound = { readonly cursor: string } | { readonly recordedAt: string };

export interface ExportOptions {
  /** Cursor: events after it (so an export can start where the last one ended). Time: recorded at or after it. */
  readonly from?: ExportBound;
  /** Cursor: up to and including it. Time: recorded before it. */
  readonly to?: ExportBound;
  readonly signal?: AbortSignal;
  readonly onProgress?: (exported: number, position: string) => void;
  readonly pageSize?: number;
  /** Where live personal data keys come from; absent, the export carries none and its names stay sealed for good. */
  readonly keys?: Pick<PersonalDataVault, 'liveKeys'>;
}

export interface ExportOutcome {
  readonly exported: number;
  /** Personal data keys written before the events. */
  readonly keys: number;
  /** Position of the last event looked at: `--from` for the next export. */
  readonly lastPosition: string | null;
  readonly interrupted: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads `--from`/`--to`: an ISO date or time is a recorded time, anything else a cursor the store must accept. */
export const parseBound = (store: EventStore, value: string, option: string): ExportBound => {
  if (ISO_DATE.test(value)) {
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw new Error(`${option}: ${value} is not a valid date or time`);
    return { recordedAt: new Date(time).toISOString() };
  }
  try {
    store.comparePositions(value, value);
  } catch {
    throw new Error(`${option}: ${value} is neither an ISO date/time nor a cursor of this ${store.kind} store`);
  }
  return { cursor: value };
};

/** A line of an export that is not an event: a live member's data key, still wrapped by the master key. */
export interface KeyLine {
  readonly personalDataKey: WrappedKeyRecord;
}

export const isKeyLine = (line: object): line is KeyLine => 'personalDataKey' in line;

/**
 * Streams the log as JSON lines, each envelope exactly as the store returns it
 * (schemaVersion, metadata with hashes, this store's position), up to the head
 * as of the start. Waits for the output to drain, so memory holds one page.
 *
 * With `keys`, the live personal data keys come first, one line each, still
 * wrapped: an import under the same master key reads the same names, and an
 * erased member's key, being gone, cannot come back. They are read after the head,
 * so every event exported has its key (a key is made before its first event).
 */
export const exportLog = async (store: EventStore, out: Writable, options: ExportOptions = {}): Promise<ExportOutcome> => {
  const head = await store.headPosition();
  const { from, to } = options;
  const keys = (await options.keys?.liveKeys()) ?? [];
  for (const key of keys) {
    if (!out.write(`${JSON.stringify({ personalDataKey: key } satisfies KeyLine)}\n`)) await drained(out);
  }
  const pastEnd = (event: RecordedEvent): boolean =>
    store.comparePositions(event.position, head!) > 0 || (to !== undefined && 'cursor' in to && store.comparePositions(event.position, to.cursor) > 0);
  // Recorded times follow log order closely but not strictly (concurrent writers), so a time bound filters; it does not stop the scan.
  const inTimeRange = (event: RecordedEvent): boolean => {
    const at = Date.parse(event.metadata.recordedAt);
    return (!from || !('recordedAt' in from) || at >= Date.parse(from.recordedAt)) && (!to || !('recordedAt' in to) || at < Date.parse(to.recordedAt));
  };

  let exported = 0;
  let lastPosition: string | null = null;
  let cursor = from && 'cursor' in from ? from.cursor : null;
  for (let done = head === null; !done; ) {
    if (options.signal?.aborted) return { exported, keys: keys.length, lastPosition, interrupted: true };
    const page = await store.readAll({ after: cursor, limit: options.pageSize ?? 1000 });
    for (const event of page.events) {
      if (pastEnd(event)) {
        done = true;
        break;
      }
      lastPosition = event.position;
      if (!inTimeRange(event)) continue;
      if (!out.write(`${JSON.stringify(event)}\n`)) await drained(out);
      exported += 1;
    }
    options.onProgress?.(exported, lastPosition ?? '');
    cursor = page.nextCursor;
    if (page.isEnd || page.events.length === 0 || lastPosition === head) done = true;
  }
  return { exported, keys: keys.length, lastPosition, interrupted: false };
};

const drained = (out: Writable): Promise<void> =>
  new Promise((resolve, reject) => {
    const cleanup = (): void => {
      out.off('drain', onDrain);
      out.off('error', onError);
    };
    const onDrain = (): void => {
      cleanup();
      resolve();
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    out.once('drain', onDrain);
    out.once('error', onError);
  });
