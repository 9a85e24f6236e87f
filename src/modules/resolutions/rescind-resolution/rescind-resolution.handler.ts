import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { resolutionStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { loadResolutionUnit } from '../resolution-unit.loader';
import { resolutionState } from '../resolutions.state';
import { decide, type RescindResolution } from './rescind-resolution.decide';

export class RescindResolutionCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<RescindResolution, 'unit' | 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RescindResolutionCommand)
export class RescindResolutionHandler implements ICommandHandler<RescindResolutionCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: RescindResolutionCommand): Promise<CommandOutcome> {
    const unit = await loadResolutionUnit(this.store, input.resolutionId);
    const command: RescindResolution = { ...input, unit, now: this.clock.now().toISOString() };
    return this.runner.run(
      {
        streamId: resolutionStreamId(input.resolutionId),
        entityId: input.resolutionId,
        model: resolutionState,
        decide: (state) => decide(command, state),
      },
      meta,
    );
  }
}
