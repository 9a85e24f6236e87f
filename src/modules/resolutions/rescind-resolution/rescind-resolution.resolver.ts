import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { RescindResolutionCommand } from './rescind-resolution.handler';

@InputType()
export class RescindResolutionInput {
  @Field(() => ID)
  resolutionId!: string;
  @Field(() => String)
  reason!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today (Africa/Casablanca) when absent.' })
  rescindedOn?: string | null;
}

@Resolver()
export class RescindResolutionResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Rescinds a resolution in force; it leaves the follow-up for good.' })
  async rescindResolution(
    @Args('input') input: RescindResolutionInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new RescindResolutionCommand(
      { resolutionId: input.resolutionId, reason: input.reason, rescindedOn: input.rescindedOn ?? null },
      commandMeta(context, commandId, expectedRevision),
    );
    return CommandResult.of(await this.commands.execute(command));
  }
}
