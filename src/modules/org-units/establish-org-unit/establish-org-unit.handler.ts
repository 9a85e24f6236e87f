import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { orgUnitStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { loadStream } from '../../shared-kernel/stream-loader';
import { orgUnitState } from '../org-units.state';
import { decide, type EstablishOrgUnit } from './establish-org-unit.decide';

export class EstablishOrgUnitCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<EstablishOrgUnit, 'parent' | 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(EstablishOrgUnitCommand)
export class EstablishOrgUnitHandler implements ICommandHandler<EstablishOrgUnitCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: EstablishOrgUnitCommand): Promise<CommandOutcome> {
    const parent = input.parentId === null ? null : (await loadStream(this.store, orgUnitStreamId(input.parentId), orgUnitState)).state;
    const command: EstablishOrgUnit = { ...input, parent, now: this.clock.now().toISOString() };
    return this.runner.run(
      { streamId: orgUnitStreamId(input.unitId), entityId: input.unitId, model: orgUnitState, decide: (state) => decide(command, state), authorize: { action: 'structure' } },
      meta,
    );
  }
}
