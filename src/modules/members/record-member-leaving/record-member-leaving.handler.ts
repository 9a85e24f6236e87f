import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { memberStreamId, orgUnitStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { loadStream } from '../../shared-kernel/stream-loader';
import { orgUnitState } from '../../org-units/org-units.state';
import { memberState } from '../members.state';
import { decide, type RecordMemberLeaving } from './record-member-leaving.decide';

export class RecordMemberLeavingCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<RecordMemberLeaving, 'unit' | 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RecordMemberLeavingCommand)
export class RecordMemberLeavingHandler implements ICommandHandler<RecordMemberLeavingCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: RecordMemberLeavingCommand): Promise<CommandOutcome> {
    // The event is filed under the member's current unit path, so that unit is read here; decide checks it is still current.
    const member = (await loadStream(this.store, memberStreamId(input.memberId), memberState)).state;
    const unit = member.status === 'None' ? null : (await loadStream(this.store, orgUnitStreamId(member.unitId), orgUnitState)).state;
    const command: RecordMemberLeaving = { ...input, unit, now: this.clock.now().toISOString() };
    return this.runner.run(
      { streamId: memberStreamId(input.memberId), entityId: input.memberId, model: memberState, decide: (state) => decide(command, state) },
      meta,
    );
  }
}
