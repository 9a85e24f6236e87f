import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { memberStreamId, orgUnitStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { memberState } from '../../members/members.state';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { loadStream } from '../../shared-kernel/stream-loader';
import { orgUnitState } from '../org-units.state';
import { decide, type AppointOfficer } from './appoint-officer.decide';

export class AppointOfficerCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<AppointOfficer, 'member' | 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(AppointOfficerCommand)
export class AppointOfficerHandler implements ICommandHandler<AppointOfficerCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: AppointOfficerCommand): Promise<CommandOutcome> {
    const member = (await loadStream(this.store, memberStreamId(input.memberId), memberState)).state;
    const command: AppointOfficer = { ...input, member, now: this.clock.now().toISOString() };
    return this.runner.run(
      { streamId: orgUnitStreamId(input.unitId), entityId: input.unitId, model: orgUnitState, decide: (state) => decide(command, state) },
      meta,
    );
  }
}
