import { v4 as uuidv4, v5 as uuidv5 } from 'uuid';
import type { NewEvent } from '../../events/envelope';
import { CURRENT_SCHEMA_VERSIONS, type DomainEvent } from '../../events/registry';
import { ConcurrencyError, DuplicateEventIdError } from '../../infrastructure/event-store/event-store.errors';
import type { EventStore } from '../../infrastructure/event-store/event-store.port';
import type { EventSealer } from '../../infrastructure/privacy/personal-data';
import type { Decided, StateModel } from './decider';
import { may, type Action, type Principal } from '../../infrastructure/auth/access';
import { DomainError, forbidden } from './domain-error';
import { loadStream } from './stream-loader';

/** Who asks, on whose behalf, and how the client wants retries recognised. */
export interface CommandMeta {
  /** Whose grants allow the command; its id is recorded as the events' actor. */
  readonly principal: Principal;
  readonly actor: string;
  readonly correlationId: string;
  /** A client-chosen id: the same id twice returns the first result and writes nothing. */
  readonly commandId: string | null;
  readonly expectedRevision: number | null;
}

export interface StreamCommand<S, E> {
  readonly streamId: string;
  readonly entityId: string;
  readonly model: StateModel<S, E>;
  readonly decide: (state: S) => readonly Decided<E>[];
  /**
   * What the principal must be allowed to do where the stream's entity lives now
   * (its newest event's unit path) and where every decided event lands. Default
   * 'record'. `streamScoped: false` skips the first check, for streams that are
   * not one unit's (a principal's grants span units). `at`: a unit path checked
   * before deciding too, so a command aimed outside the scope is refused before
   * any rule reveals something about its target.
   */
  readonly authorize?: { readonly action: Action; readonly streamScoped?: boolean; readonly at?: string | null };
}

export interface CommandOutcome {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  /** True when this was a repeat of an earlier command and nothing was written. */
  readonly replayed: boolean;
}

// Fixed namespace for ids derived from client command ids; changing it would
// break replay recognition of every command already stored.
const COMMAND_NAMESPACE = '2f1f9b1e-4c1c-5f44-9a4e-6d1c0e7a9b10';
const MAX_ATTEMPTS = 3;

/** The entity id a command creates: derived from the command id so a retry lands on the same stream. */
export const newEntityId = (meta: CommandMeta): string =>
  meta.commandId === null ? uuidv4() : uuidv5(`${meta.commandId}#entity`, COMMAND_NAMESPACE);

const eventId = (meta: CommandMeta, index: number): string =>
  meta.commandId === null ? uuidv4() : uuidv5(`${meta.commandId}#${index}`, COMMAND_NAMESPACE);

/**
 * Read stream, fold, decide, append with the expected revision. Retries only on a
 * revision conflict, and only when the client did not pin the revision itself.
 */
export class CommandRunner {
  constructor(
    private readonly store: EventStore,
    /** Seals personal data before anything is stored: the store never holds it in clear. */
    private readonly sealer: EventSealer,
  ) {}

  async run<S, E extends DomainEvent>(command: StreamCommand<S, E>, meta: CommandMeta): Promise<CommandOutcome> {
    for (let attempt = 1; ; attempt++) {
      const loaded = await loadStream(this.store, command.streamId, command.model);
      const replay = this.findReplay(command, meta, loaded.events);
      if (replay) return replay;

      if (meta.expectedRevision !== null && meta.expectedRevision !== loaded.revision) {
        throw concurrencyConflict(new ConcurrencyError(command.streamId, meta.expectedRevision, actualOf(loaded.revision)));
      }
      const action = command.authorize?.action ?? 'record';
      const current = loaded.events[loaded.events.length - 1];
      if (current && command.authorize?.streamScoped !== false) assertAllowed(meta.principal, action, current.metadata.unitPath);
      if (command.authorize?.at) assertAllowed(meta.principal, action, command.authorize.at);
      const events = command.decide(loaded.state);
      // Nothing lands outside the principal's scope, whatever the decision touched.
      for (const event of events) assertAllowed(meta.principal, action, event.context.unitPath);
      if (events.length === 0) {
        const last = loaded.events[loaded.events.length - 1];
        if (!last) throw new Error(`A command on ${command.streamId} decided nothing on an empty stream`);
        return { id: command.entityId, streamId: command.streamId, revision: last.revision, position: last.position, replayed: false };
      }
      try {
        const expected = loaded.revision === -1 ? 'noStream' : loaded.revision;
        const sealed = await this.sealer.seal(events.map((event, index) => toNewEvent(event, index, meta)));
        const result = await this.store.append(command.streamId, sealed, expected);
        return {
          id: command.entityId,
          streamId: command.streamId,
          revision: result.nextExpectedRevision,
          position: result.position,
          replayed: false,
        };
      } catch (error) {
        if (error instanceof DuplicateEventIdError) {
          throw new DomainError('COMMAND.ID_REUSED', `commandId ${meta.commandId} was already used for another command`, 'commandId');
        }
        if (!(error instanceof ConcurrencyError)) throw error;
        if (meta.expectedRevision !== null || attempt >= MAX_ATTEMPTS) throw concurrencyConflict(error);
      }
    }
  }

  private findReplay<S, E>(
    command: StreamCommand<S, E>,
    meta: CommandMeta,
    events: Awaited<ReturnType<EventStore['readStream']>>,
  ): CommandOutcome | null {
    if (meta.commandId === null) return null;
    const first = events.findIndex((event) => event.id === eventId(meta, 0));
    if (first === -1) return null;
    let last = first;
    while (events[last + 1]?.id === eventId(meta, last + 1 - first)) last++;
    const final = events[last]!;
    return { id: command.entityId, streamId: command.streamId, revision: final.revision, position: final.position, replayed: true };
  }
}

const toNewEvent = <E extends DomainEvent>(event: Decided<E>, index: number, meta: CommandMeta): NewEvent => ({
  id: eventId(meta, index),
  type: event.type,
  schemaVersion: CURRENT_SCHEMA_VERSIONS[event.type],
  data: event.data,
  metadata: {
    actor: meta.actor,
    correlationId: meta.correlationId,
    causationId: meta.commandId,
    occurredAt: event.context.occurredAt,
    unitPath: event.context.unitPath,
  },
});

const assertAllowed = (principal: Principal, action: Action, unitPath: string): void => {
  if (!may(principal, action, unitPath)) throw forbidden(`${principal.id} may not ${ACTION_WORDS[action]} there`);
};

const ACTION_WORDS: Readonly<Record<Action, string>> = {
  read: 'read',
  readPersonal: 'read personal data',
  record: 'record activity',
  structure: 'change the unit tree',
  audit: 'audit',
  erase: 'erase personal data',
  administer: 'administer grants and keys',
};

const actualOf = (revision: number): number | 'noStream' => (revision === -1 ? 'noStream' : revision);

const concurrencyConflict = (error: ConcurrencyError): DomainError =>
  new DomainError('CONCURRENCY.CONFLICT', error.message, 'expectedRevision', {
    streamId: error.streamId,
    expected: error.expected,
    actual: error.actual,
  });
