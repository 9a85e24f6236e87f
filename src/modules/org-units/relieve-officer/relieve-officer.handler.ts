import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { orgUnitState } from '../org-units.state';
import { decide, type RelieveOfficer } from './relieve-officer.decide';

export class RelieveOfficerCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<RelieveOfficer, 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RelieveOfficerCommand)
export class RelieveOfficerHandler implements ICommandHandler<RelieveOfficerCommand> {
  constructor(

    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: RelieveOfficerCommand): Promise<CommandOutcome> {

    const command: RelieveOfficer = { ...input, now: this.clock.now().toISOString() };
    return this.runner.run(
      { streamId: orgUnitStreamId(input.unitId), entityId: input.unitId, model: orgUnitState, decide: (state) => decide(command, state) },
      meta,
    );
  }
}
