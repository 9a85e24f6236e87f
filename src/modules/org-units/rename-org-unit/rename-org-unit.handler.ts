import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { orgUnitState } from '../org-units.state';
import { decide, type RenameOrgUnit } from './rename-org-unit.decide';

export class RenameOrgUnitCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<RenameOrgUnit, 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RenameOrgUnitCommand)
export class RenameOrgUnitHandler implements ICommandHandler<RenameOrgUnitCommand> {
  constructor(

    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: RenameOrgUnitCommand): Promise<CommandOutcome> {

    const command: RenameOrgUnit = { ...input, now: this.clock.now().toISOString() };
    return this.runner.run(
      { streamId: orgUnitStreamId(input.unitId), entityId: input.unitId, model: orgUnitState, decide: (state) => decide(command, state), authorize: { action: 'structure' } },
      meta,
    );
  }
}
