import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { meetingStreamId, orgUnitStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { loadStream } from '../../shared-kernel/stream-loader';
import { initialState as noUnit, orgUnitState } from '../../org-units/org-units.state';
import { loadMemberStates } from '../member-states.loader';
import { meetingState } from '../meetings.state';
import { namedMemberIds } from '../participants.validation';
import { type CorrectMeetingRecord, decide } from './correct-meeting-record.decide';

export class CorrectMeetingRecordCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<CorrectMeetingRecord, 'unit' | 'members' | 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(CorrectMeetingRecordCommand)
export class CorrectMeetingRecordHandler implements ICommandHandler<CorrectMeetingRecordCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: CorrectMeetingRecordCommand): Promise<CommandOutcome> {
    const streamId = meetingStreamId(input.meetingId);
    // Read once here only to find the unit; the runner reads the stream again to decide.
    const meeting = (await loadStream(this.store, streamId, meetingState)).state;
    const unit = meeting.status === 'Held' ? (await loadStream(this.store, orgUnitStreamId(meeting.unitId), orgUnitState)).state : noUnit();
    const members = await loadMemberStates(this.store, namedMemberIds(input.fields.chairs, input.fields.attendees));
    const command: CorrectMeetingRecord = { ...input, unit, members, now: this.clock.now().toISOString() };
    return this.runner.run({ streamId, entityId: input.meetingId, model: meetingState, decide: (state) => decide(command, state) }, meta);
  }
}
