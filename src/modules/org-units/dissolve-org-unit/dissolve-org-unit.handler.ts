import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { orgUnitState } from '../org-units.state';
import { decide, type DissolveOrgUnit } from './dissolve-org-unit.decide';

export class DissolveOrgUnitCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<DissolveOrgUnit, 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(DissolveOrgUnitCommand)
export class DissolveOrgUnitHandler implements ICommandHandler<DissolveOrgUnitCommand> {
  constructor(

    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: DissolveOrgUnitCommand): Promise<CommandOutcome> {

    const command: DissolveOrgUnit = { ...input, now: this.clock.now().toISOString() };
    return this.runner.run(
      { streamId: orgUnitStreamId(input.unitId), entityId: input.unitId, model: orgUnitState, decide: (state) => decide(command, state), authorize: { action: 'structure' } },
      meta,
    );
  }
}
