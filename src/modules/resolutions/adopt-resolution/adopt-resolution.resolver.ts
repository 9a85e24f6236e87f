import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { ResolutionKind } from '../../../events/resolutions.events';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { LocalizedTextInput } from '../../../infrastructure/graphql/localized-text.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { ResolutionKindEnum } from '../resolutions.graphql';
import { AdoptResolutionCommand } from './adopt-resolution.handler';

@InputType()
export class AdoptResolutionInput {
  @Field(() => ID, { nullable: true, description: 'A UUID or slug; chosen by the server when absent.' })
  resolutionId?: string | null;
  @Field(() => ID, { description: 'The meeting that adopted it; the resolution is dated on its day.' })
  meetingId!: string;
  @Field(() => ID, { nullable: true, description: "Optional check: must be the meeting's unit." })
  unitId?: string | null;
  @Field(() => ResolutionKindEnum)
  kind!: ResolutionKind;
  @Field(() => LocalizedTextInput, { description: 'Multiline; kept byte for byte after trimming.' })
  text!: LocalizedTextInput;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before the meeting.' })
  dueOn?: string | null;
}

@Resolver()
export class AdoptResolutionResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Records a resolution adopted by a recorded meeting.' })
  async adoptResolution(
    @Args('input') input: AdoptResolutionInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new AdoptResolutionCommand(
      {
        resolutionId: input.resolutionId ?? null,
        meetingId: input.meetingId,
        unitId: input.unitId ?? null,
        kind: input.kind,
        text: input.text,
        dueOn: input.dueOn ?? null,
      },
      commandMeta(context, commandId, expectedRevision),
    );
    return CommandResult.of(await this.commands.execute(command));
  }
}
