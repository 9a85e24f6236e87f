import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { memberStreamId, orgUnitStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { CommandRunner, newEntityId, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { loadStream } from '../../shared-kernel/stream-loader';
import { orgUnitState, unitPathOf } from '../../org-units/org-units.state';
import { memberState } from '../members.state';
import { decide, type RegisterMember } from './register-member.decide';

export class RegisterMemberCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<RegisterMember, 'memberId' | 'unit' | 'now'> & { readonly memberId: string | null },
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RegisterMemberCommand)
export class RegisterMemberHandler implements ICommandHandler<RegisterMemberCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: RegisterMemberCommand): Promise<CommandOutcome> {
    // Derived from the commandId when there is one, so a retried registration lands on the same stream.
    const memberId = input.memberId ?? newEntityId(meta);
    const unit = (await loadStream(this.store, orgUnitStreamId(input.unitId), orgUnitState)).state;
    const command: RegisterMember = { ...input, memberId, unit, now: this.clock.now().toISOString() };
    return this.runner.run(
      { streamId: memberStreamId(memberId), entityId: memberId, model: memberState, decide: (state) => decide(command, state), authorize: { action: 'record', at: unitPathOf(unit) } },
      meta,
    );
  }
}
