import { unrestricted } from '../../../infrastructure/auth/access';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { UnitKind } from '../../../events/org-units.events';
import { orgUnitStreamId } from '../../../events/stream-ids';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { EstablishOrgUnitCommand } from '../../org-units/establish-org-unit/establish-org-unit.handler';
import { orgUnitState } from '../../org-units/org-units.state';
import { DomainError } from '../../shared-kernel/domain-error';
import { loadStream } from '../../shared-kernel/stream-loader';
import type { PlannedUnit } from './territory-plan';

export type ImportedLevel = PlannedUnit['level'];

export interface LevelCount {
  readonly planned: number;
  readonly created: number;
  readonly existing: number;
}

export interface ImportReport {
  readonly levels: Readonly<Record<ImportedLevel, LevelCount>>;
  readonly done: number;
  readonly total: number;
  /** Stopped by the signal before the end; running the same import again resumes it. */
  readonly interrupted: boolean;
}

export interface ImportOptions {
  readonly kind: UnitKind;
  readonly establishedOn: string | null;
  readonly actor: string;
  /** Commands in flight at once within one level. */
  readonly concurrency?: number;
  /** Stops taking new units; those in flight finish. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, level: ImportedLevel) => void;
}

const LEVELS: readonly ImportedLevel[] = ['REGIONAL', 'PROVINCIAL', 'LOCAL'];

/**
 * Establishes a plan's units through the ordinary EstablishOrgUnit command, so each
 * is an event like any other. Every unit's command id is fixed by the plan: a unit
 * already established by an earlier run is a replay and writes nothing. Levels go
 * in order, so a parent always exists before its children.
 */
@Injectable()
export class TerritoryImporter {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async run(rootId: string, plan: readonly PlannedUnit[], options: ImportOptions): Promise<ImportReport> {
    await this.checkRoot(rootId);
    const correlationId = randomUUID();
    const counts = new Map(LEVELS.map((level) => [level, { planned: 0, created: 0, existing: 0 }]));
    for (const unit of plan) counts.get(unit.level)!.planned++;
    let done = 0;
    for (const level of LEVELS) {
      const wave = plan.filter((unit) => unit.level === level);
      await inParallel(wave, options.concurrency ?? 8, options.signal, async (unit) => {
        const outcome = await this.establish(unit, options, correlationId);
        counts.get(level)![outcome]++;
        done++;
        options.onProgress?.(done, plan.length, level);
      });
      if (options.signal?.aborted) break;
    }
    return { levels: Object.fromEntries(counts) as ImportReport['levels'], done, total: plan.length, interrupted: done < plan.length };
  }

  private async establish(unit: PlannedUnit, options: ImportOptions, correlationId: string): Promise<'created' | 'existing'> {
    const { unitId, parentId, level, name, territory, commandId } = unit;
    const command = new EstablishOrgUnitCommand(
      { unitId, parentId, level, kind: options.kind, parallel: false, name, shortName: null, territory, establishedOn: options.establishedOn },
      { principal: unrestricted(options.actor, 'system'), actor: options.actor, correlationId, commandId, expectedRevision: null },
    );
    try {
      return (await this.commands.execute(command)).replayed ? 'existing' : 'created';
    } catch (error) {
      if (error instanceof DomainError && error.code === 'ORG_UNIT.ALREADY_EXISTS') return this.adopt(unit);
      throw error;
    }
  }

  /** A unit established by hand before the import counts as there if it stands where the import would put it. */
  private async adopt(unit: PlannedUnit): Promise<'existing'> {
    const { state } = await loadStream(this.store, orgUnitStreamId(unit.unitId), orgUnitState);
    if (state.status !== 'None' && state.parentId === unit.parentId && state.level === unit.level) return 'existing';
    const where = state.status === 'None' ? 'elsewhere' : `under ${state.parentId ?? 'no parent'} as ${state.level}`;
    throw new DomainError(
      'ORG_UNIT.ALREADY_EXISTS',
      `Unit ${unit.unitId} already exists ${where}; the import would put it under ${unit.parentId} as ${unit.level} (give the import an id prefix)`,
      'unitId',
      { unitId: unit.unitId },
    );
  }

  private async checkRoot(rootId: string): Promise<void> {
    const { state } = await loadStream(this.store, orgUnitStreamId(rootId), orgUnitState);
    if (state.status === 'None') throw new DomainError('ORG_UNIT.NOT_FOUND', `Root unit ${rootId} does not exist`, 'root');
    if (state.status === 'Dissolved') throw new DomainError('ORG_UNIT.DISSOLVED', `Root unit ${rootId} is dissolved`, 'root');
    if (state.level !== 'NATIONAL') throw new DomainError('ORG_UNIT.LEVEL_MISMATCH', `Root unit ${rootId} is ${state.level}, not NATIONAL`, 'root');
  }
}

/** Runs `work` over `items` with at most `limit` at once; the first failure stops taking more and is thrown. */
const inParallel = async <T>(items: readonly T[], limit: number, signal: AbortSignal | undefined, work: (item: T) => Promise<void>): Promise<void> => {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    while (failure === null && !signal?.aborted && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
      // On SQLite every await resolves without I/O; let the loop breathe so Ctrl-C is heard.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
};
