import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { principalStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { principalId as validPrincipalId } from '../principal-id.validation';
import { principalState } from '../principal.state';
import { decide, type RevokeRole } from './revoke-role.decide';

export class RevokeRoleCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<RevokeRole, 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RevokeRoleCommand)
export class RevokeRoleHandler implements ICommandHandler<RevokeRoleCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: RevokeRoleCommand): Promise<CommandOutcome> {
    const principalId = validPrincipalId(input.principalId, 'principalId');
    const command: RevokeRole = { ...input, now: this.clock.now().toISOString() };
    return this.runner.run(
      {
        streamId: principalStreamId(principalId),
        entityId: principalId,
        model: principalState,
        decide: (state) => decide(command, state),
        authorize: { action: 'administer', streamScoped: false },
      },
      meta,
    );
  }
}
