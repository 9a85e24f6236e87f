import type { NewEvent } from '../events/envelope';
import { CURRENT_SCHEMA_VERSIONS, type DomainEvent } from '../events/registry';
import type { Decided } from '../modules/shared-kernel/decider';
import { SYNTHETIC_ACTOR } from './synthetic-options';
import type { SyntheticIds } from './synthetic-ids';

/** One event of a history, with the revision it takes in its stream. */
export interface SyntheticEvent {
  readonly streamId: string;
  /** 0-based: the stream holds exactly `revision` events before this one. */
  readonly revision: number;
  readonly event: NewEvent;
}

/**
 * Turns decided events into what the write side hands the store, the way the
 * command runner does (type, current schema version, payload, metadata from the
 * decision's context), recorded by the seeding actor.
 */
export class SyntheticEmitter {
  private count = 0;
  private pending: SyntheticEvent[] = [];

  constructor(private readonly ids: SyntheticIds) {}

  /** Events emitted so far. */
  get emitted(): number {
    return this.count;
  }

  emit<E extends DomainEvent>(streamId: string, revision: number, decided: readonly Decided<E>[]): void {
    for (const [offset, { type, data, context }] of decided.entries()) {
      const n = this.count++;
      const event: NewEvent = {
        id: this.ids.of('event', n),
        type,
        schemaVersion: CURRENT_SCHEMA_VERSIONS[type],
        data,
        metadata: {
          actor: SYNTHETIC_ACTOR,
          correlationId: this.ids.of('correlation', n),
          causationId: null,
          occurredAt: context.occurredAt,
          unitPath: context.unitPath,
        },
      };
      this.pending.push({ streamId, revision: revision + offset, event });
    }
  }

  /** What was emitted since the last drain, in order. */
  drain(): SyntheticEvent[] {
    const drained = this.pending;
    this.pending = [];
    return drained;
  }
}
