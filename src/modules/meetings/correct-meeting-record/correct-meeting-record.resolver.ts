import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { MeetingKind, PartOfDay } from '../../../events/meetings.events';
import type { Language } from '../../../events/shared.types';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { LocalizedTextInput } from '../../../infrastructure/graphql/localized-text.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import type { MeetingRecordDraft } from '../meeting-record.validation';
import { AttendeeInput, LanguageEnum, MeetingKindEnum, ParticipantInput, PartOfDayEnum, VenueInput } from '../meetings.graphql';
import { CorrectMeetingRecordCommand } from './correct-meeting-record.handler';

@InputType({ description: 'Give only the fields to correct: an absent field stays as recorded, null clears it. The unit cannot change.' })
export class CorrectMeetingRecordInput {
  @Field(() => ID)
  meetingId!: string;
  @Field(() => String, { description: 'Why the record was wrong; kept with the correction.' })
  reason!: string;
  @Field(() => MeetingKindEnum, { nullable: true })
  kind?: MeetingKind | null;
  @Field(() => LocalizedTextInput, { nullable: true })
  title?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  heldOn?: string | null;
  @Field(() => String, { nullable: true })
  startsAt?: string | null;
  @Field(() => PartOfDayEnum, { nullable: true })
  partOfDay?: PartOfDay | null;
  @Field(() => String, { nullable: true, description: 'Null stands for Africa/Casablanca.' })
  timeZone?: string | null;
  @Field(() => VenueInput, { nullable: true })
  venue?: VenueInput | null;
  @Field(() => [ParticipantInput], { nullable: true, description: 'The whole list as it should read.' })
  chairs?: ParticipantInput[] | null;
  @Field(() => [AttendeeInput], { nullable: true, description: 'The whole list as it should read.' })
  attendees?: AttendeeInput[] | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'The whole list as it should read.' })
  agenda?: LocalizedTextInput[] | null;
  @Field(() => LocalizedTextInput, { nullable: true })
  summary?: LocalizedTextInput | null;
  @Field(() => LanguageEnum, { nullable: true })
  summaryLanguage?: Language | null;
}

@Resolver()
export class CorrectMeetingRecordResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Corrects a meeting record; the history keeps what changed, from what, and why.' })
  async correctMeetingRecord(
    @Args('input') input: CorrectMeetingRecordInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const { meetingId, reason, ...given } = input;
    // GraphQL leaves an omitted field out of the input object and keeps an explicit null: that is the difference
    // between "leave it" and "clear it".
    const fields = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Partial<MeetingRecordDraft>;
    const command = new CorrectMeetingRecordCommand({ meetingId, reason, fields }, commandMeta(context, commandId, expectedRevision));
    return CommandResult.of(await this.commands.execute(command));
  }
}
