import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { meetingStreamId, orgUnitStreamId, resolutionStreamId } from '../../../events/stream-ids';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { CommandRunner, type CommandMeta, type CommandOutcome, newEntityId } from '../../shared-kernel/command-runner';
import { loadStream } from '../../shared-kernel/stream-loader';
import { meetingState } from '../../meetings/meetings.state';
import { initialState as noUnit, orgUnitState } from '../../org-units/org-units.state';
import { resolutionState } from '../resolutions.state';
import { type AdoptResolution, decide } from './adopt-resolution.decide';

export class AdoptResolutionCommand extends Command<CommandOutcome> {
  constructor(
    /** A null resolutionId lets the server choose one, derived from the commandId when there is one. */
    readonly input: Omit<AdoptResolution, 'resolutionId' | 'meeting' | 'unit'> & { readonly resolutionId: string | null },
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(AdoptResolutionCommand)
export class AdoptResolutionHandler implements ICommandHandler<AdoptResolutionCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
  ) {}

  async execute({ input, meta }: AdoptResolutionCommand): Promise<CommandOutcome> {
    const resolutionId = input.resolutionId ?? newEntityId(meta);
    const meeting = (await loadStream(this.store, meetingStreamId(input.meetingId), meetingState)).state;
    const unit = meeting.status === 'Held' ? (await loadStream(this.store, orgUnitStreamId(meeting.unitId), orgUnitState)).state : noUnit();
    const command: AdoptResolution = { ...input, resolutionId, meeting, unit };
    return this.runner.run(
      { streamId: resolutionStreamId(resolutionId), entityId: resolutionId, model: resolutionState, decide: (state) => decide(command, state) },
      meta,
    );
  }
}
