import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { MeetingKind, PartOfDay } from '../../../events/meetings.events';
import type { Language } from '../../../events/shared.types';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { LocalizedTextInput } from '../../../infrastructure/graphql/localized-text.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { DEFAULT_MEETING_TIME_ZONE } from '../meeting-record.validation';
import { AttendeeInput, LanguageEnum, MeetingKindEnum, ParticipantInput, PartOfDayEnum, VenueInput } from '../meetings.graphql';
import { RecordMeetingCommand } from './record-meeting.handler';

@InputType()
export class RecordMeetingInput {
  @Field(() => ID, { nullable: true, description: 'A UUID or slug; chosen by the server when absent.' })
  meetingId?: string | null;
  @Field(() => ID)
  unitId!: string;
  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;
  @Field(() => LocalizedTextInput)
  title!: LocalizedTextInput;
  @Field(() => String, { description: 'YYYY-MM-DD in the meeting time zone; not after today.' })
  heldOn!: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601 instant with offset; must fall on heldOn.' })
  startsAt?: string | null;
  @Field(() => PartOfDayEnum, { nullable: true })
  partOfDay?: PartOfDay | null;
  @Field(() => String, { defaultValue: DEFAULT_MEETING_TIME_ZONE, description: 'IANA time zone of heldOn.' })
  timeZone!: string;
  @Field(() => VenueInput, { nullable: true })
  venue?: VenueInput | null;
  @Field(() => [ParticipantInput], { nullable: true })
  chairs?: ParticipantInput[] | null;
  @Field(() => [AttendeeInput], { nullable: true })
  attendees?: AttendeeInput[] | null;
  @Field(() => [LocalizedTextInput], { nullable: true })
  agenda?: LocalizedTextInput[] | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Multiline; kept byte for byte after trimming.' })
  summary?: LocalizedTextInput | null;
  @Field(() => LanguageEnum, { nullable: true, description: 'The language the summary was written in.' })
  summaryLanguage?: Language | null;
}

@Resolver()
export class RecordMeetingResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Records a meeting an existing, open unit has held.' })
  async recordMeeting(
    @Args('input') input: RecordMeetingInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new RecordMeetingCommand(
      {
        meetingId: input.meetingId ?? null,
        unitId: input.unitId,
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        startsAt: input.startsAt ?? null,
        partOfDay: input.partOfDay ?? null,
        timeZone: input.timeZone,
        venue: input.venue ?? null,
        chairs: input.chairs ?? [],
        attendees: input.attendees ?? [],
        agenda: input.agenda ?? [],
        summary: input.summary ?? null,
        summaryLanguage: input.summaryLanguage ?? null,
      },
      commandMeta(context, commandId, expectedRevision),
    );
    return CommandResult.of(await this.commands.execute(command));
  }
}
