import type { ImportedEvent } from '../event-store.port';
import { checkLink, EMPTY_CHAIN, type ChainEnd, type LinkProblem } from './chain-link';

/** An import the store will not take: nothing of the batch is written. */
export class ImportRefusedError extends Error {
  readonly code = 'EVENT_STORE.IMPORT_REFUSED';
  constructor(
    message: string,
    readonly eventId: string | null = null,
    readonly problem: LinkProblem | null = null,
  ) {
    super(message);
    this.name = 'ImportRefusedError';
  }
}

/** `last` is the id of the log's newest event, null on an empty log. */
export const assertContinues = (last: string | null, continuesAfter: string | null): void => {
  if (last === continuesAfter) return;
  throw new ImportRefusedError(
    continuesAfter === null
      ? 'Import needs an empty store, and this one already holds events'
      : `Import expected the log to end with event ${continuesAfter}, but it ends with ${last ?? 'nothing'}`,
  );
};

const isText = (value: unknown): value is string => typeof value === 'string';

const assertEnvelope = (event: ImportedEvent): void => {
  const m = (event?.metadata ?? {}) as unknown as Record<string, unknown>;
  const ok =
    isText(event?.id) && event.id.length > 0 && isText(event.type) && isText(event.streamId) && event.streamId.length > 0 &&
    Number.isSafeInteger(event.schemaVersion) && Number.isSafeInteger(event.revision) && event.revision >= 0 &&
    isText(m.actor) && isText(m.correlationId) && (m.causationId === null || isText(m.causationId)) &&
    isText(m.occurredAt) && isText(m.recordedAt) && isText(m.unitPath) &&
    (m.hash === undefined || isText(m.hash)) && (m.previousHash === undefined || isText(m.previousHash));
  if (!ok) throw new ImportRefusedError(`Not a recorded event envelope: ${JSON.stringify(event).slice(0, 200)}`, isText(event?.id) ? event.id : null);
};

/**
 * Checks a batch in log order against the chains already stored (`storedEnd`)
 * and the ones the batch itself extends. Unsealed events (from a log recorded
 * before sealing) pass as they would in verification; any broken link refuses
 * the batch, so a tampered export never becomes a clean-looking store.
 */
export const checkImportBatch = (events: readonly ImportedEvent[], storedEnd: (streamId: string) => ChainEnd | undefined): void => {
  const ends = new Map<string, ChainEnd>();
  const ids = new Set<string>();
  for (const event of events) {
    assertEnvelope(event);
    if (ids.has(event.id)) throw new ImportRefusedError(`Event ${event.id} appears twice in the import`, event.id);
    ids.add(event.id);
    const end = ends.get(event.streamId) ?? storedEnd(event.streamId) ?? EMPTY_CHAIN;
    const { next, problem } = checkLink(end, event);
    if (problem) {
      const where = `${event.streamId}@${event.revision}`;
      throw new ImportRefusedError(
        `Broken chain at ${where} (event ${event.id}): ${problem.kind}, expected ${problem.expected}, found ${problem.found}`,
        event.id,
        problem,
      );
    }
    ends.set(event.streamId, next);
  }
};
