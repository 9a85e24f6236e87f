import type { RecordedEvent } from '../events/envelope';
import type { EventStore, ImportedEvent } from '../infrastructure/event-store/event-store.port';
import { canonicalJson } from '../infrastructure/event-store/integrity/canonical-json';
import type { PersonalDataVault, WrappedKeyRecord } from '../infrastructure/privacy/personal-data-vault';
import { isKeyLine, type KeyLine } from './export-log';

export interface ImportLogOptions {
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
  /** Events read from the input so far, and how many of them were already in the store. */
  readonly onProgress?: (read: number, alreadyStored: number) => void;
  /** Takes the export's personal data keys; an export that carries keys is refused without it. */
  readonly keys?: Pick<PersonalDataVault, 'importKeys'>;
}

export interface ImportLogOutcome {
  /** Events of the input found already stored, in order: a previous run's work. */
  readonly alreadyStored: number;
  readonly imported: number;
  /** Personal data keys the vault did not hold yet. */
  readonly keysAdded: number;
  readonly interrupted: boolean;
}

/** The envelope as a fact, whatever store numbered it: compared without its position, key order aside. */
const sameFact = (stored: RecordedEvent, line: ImportedEvent): boolean => {
  const { position: _s, ...storedFact } = stored;
  const { position: _l, ...lineFact } = line;
  return canonicalJson(storedFact) === canonicalJson(lineFact);
};

/**
 * Imports a JSON-lines export into a store that is empty or holds exactly a
 * prefix of the same file (what an interrupted run left): the stored log is
 * read alongside the file and must match it event for event; the rest is
 * imported in batches, each one all or nothing. Interrupting between batches
 * and running again therefore never duplicates or skips an event.
 */
export const importLog = async (store: EventStore, lines: AsyncIterable<string>, options: ImportLogOptions = {}): Promise<ImportLogOutcome> => {
  const stored = storedLog(store);
  let alreadyStored = 0;
  let imported = 0;
  let read = 0;
  let lineNumber = 0;
  let last: string | null = null;
  let batch: ImportedEvent[] = [];
  let keys: WrappedKeyRecord[] = [];
  let keysAdded = 0;
  // Keys go in before the events after them, so a read model folding those events can open them.
  const flushKeys = async (): Promise<void> => {
    if (keys.length === 0) return;
    keysAdded += await options.keys!.importKeys(keys);
    keys = [];
  };
  const flush = async (): Promise<void> => {
    await flushKeys();
    if (batch.length === 0) return;
    await store.importRecorded(batch, { continuesAfter: last });
    imported += batch.length;
    last = batch.at(-1)!.id;
    batch = [];
    options.onProgress?.(read, alreadyStored);
  };

  for await (const line of lines) {
    if (options.signal?.aborted) {
      await flush();
      return { alreadyStored, imported, keysAdded, interrupted: true };
    }
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = parseLine(line, lineNumber);
    if (isKeyLine(parsed)) {
      if (!options.keys) throw new Error('The export carries personal data keys, and this import has no key vault to take them');
      keys.push(parsed.personalDataKey);
      if (keys.length >= (options.batchSize ?? 500)) await flushKeys();
      continue;
    }
    read += 1;
    const event = parsed;
    const twin = batch.length === 0 && imported === 0 ? await stored.next() : null;
    if (twin) {
      if (!sameFact(twin, event)) {
        throw new Error(`Event ${read} of the input (${event.id}) differs from event ${read} of the store (${twin.id}): the store holds another log`);
      }
      alreadyStored += 1;
      last = twin.id;
      if (alreadyStored % 1000 === 0) options.onProgress?.(read, alreadyStored);
      continue;
    }
    batch.push(event);
    if (batch.length >= (options.batchSize ?? 500)) await flush();
  }
  if (imported === 0 && batch.length === 0 && (await stored.next())) {
    throw new Error(`The store holds more events than the input's ${read}: it holds another log`);
  }
  await flush();
  return { alreadyStored, imported, keysAdded, interrupted: false };
};

const parseLine = (line: string, number: number): ImportedEvent | KeyLine => {
  try {
    return JSON.parse(line) as ImportedEvent | KeyLine;
  } catch (error) {
    throw new Error(`Line ${number} is not JSON: ${(error as Error).message}`);
  }
};

/** The stored log, one event at a time, paged; null once it is exhausted. */
const storedLog = (store: EventStore) => {
  let page: readonly RecordedEvent[] = [];
  let index = 0;
  let cursor: string | null = null;
  let ended = false;
  return {
    async next(): Promise<RecordedEvent | null> {
      while (index >= page.length) {
        if (ended) return null;
        const result = await store.readAll({ after: cursor, limit: 1000 });
        page = result.events;
        index = 0;
        cursor = result.nextCursor;
        ended = result.isEnd;
        if (page.length === 0 && ended) return null;
      }
      return page[index++]!;
    },
  };
};
