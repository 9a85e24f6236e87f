import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { ResolutionStatus } from '../../../events/resolutions.events';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { ResolutionStatusEnum } from '../resolutions.graphql';
import { ChangeResolutionStatusCommand } from './change-resolution-status.handler';

@InputType()
export class ChangeResolutionStatusInput {
  @Field(() => ID)
  resolutionId!: string;
  @Field(() => ResolutionStatusEnum)
  status!: ResolutionStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today (Africa/Casablanca) when absent.' })
  changedOn?: string | null;
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@Resolver()
export class ChangeResolutionStatusResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Moves a resolution in force along its follow-up.' })
  async changeResolutionStatus(
    @Args('input') input: ChangeResolutionStatusInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new ChangeResolutionStatusCommand(
      { resolutionId: input.resolutionId, status: input.status, changedOn: input.changedOn ?? null, note: input.note ?? null },
      commandMeta(context, commandId, expectedRevision),
    );
    return CommandResult.of(await this.commands.execute(command));
  }
}
