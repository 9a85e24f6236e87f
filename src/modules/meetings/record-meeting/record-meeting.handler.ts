import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { meetingStreamId, orgUnitStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { CommandRunner, type CommandMeta, type CommandOutcome, newEntityId } from '../../shared-kernel/command-runner';
import { loadStream } from '../../shared-kernel/stream-loader';
import { orgUnitState, unitPathOf } from '../../org-units/org-units.state';
import { loadMemberStates } from '../member-states.loader';
import { meetingState } from '../meetings.state';
import { namedMemberIds } from '../participants.validation';
import { decide, type RecordMeeting } from './record-meeting.decide';

export class RecordMeetingCommand extends Command<CommandOutcome> {
  constructor(
    /** A null meetingId lets the server choose one, derived from the commandId when there is one. */
    readonly input: Omit<RecordMeeting, 'meetingId' | 'unit' | 'members' | 'now'> & { readonly meetingId: string | null },
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RecordMeetingCommand)
export class RecordMeetingHandler implements ICommandHandler<RecordMeetingCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: RecordMeetingCommand): Promise<CommandOutcome> {
    const meetingId = input.meetingId ?? newEntityId(meta);
    const unit = (await loadStream(this.store, orgUnitStreamId(input.unitId), orgUnitState)).state;
    const members = await loadMemberStates(this.store, namedMemberIds(input.chairs, input.attendees));
    const command: RecordMeeting = { ...input, meetingId, unit, members, now: this.clock.now().toISOString() };
    return this.runner.run(
      { streamId: meetingStreamId(meetingId), entityId: meetingId, model: meetingState, decide: (state) => decide(command, state), authorize: { action: 'record', at: unitPathOf(unit) } },
      meta,
    );
  }
}
