import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { memberStreamId, orgUnitStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { loadStream } from '../../shared-kernel/stream-loader';
import { orgUnitState } from '../../org-units/org-units.state';
import { memberState } from '../members.state';
import { decide, type TransferMember } from './transfer-member.decide';

export class TransferMemberCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<TransferMember, 'fromUnit' | 'toUnit' | 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(TransferMemberCommand)
export class TransferMemberHandler implements ICommandHandler<TransferMemberCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: TransferMemberCommand): Promise<CommandOutcome> {
    // The origin's path goes on the event, so the current unit is read here; decide checks it is still current.
    const member = (await loadStream(this.store, memberStreamId(input.memberId), memberState)).state;
    const fromUnit = member.status === 'None' ? null : (await loadStream(this.store, orgUnitStreamId(member.unitId), orgUnitState)).state;
    const toUnit = (await loadStream(this.store, orgUnitStreamId(input.toUnitId), orgUnitState)).state;
    const command: TransferMember = { ...input, fromUnit, toUnit, now: this.clock.now().toISOString() };
    return this.runner.run(
      { streamId: memberStreamId(input.memberId), entityId: input.memberId, model: memberState, decide: (state) => decide(command, state) },
      meta,
    );
  }
}
