import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { TransferMemberCommand } from './transfer-member.handler';

@InputType()
export class TransferMemberInput {
  @Field(() => ID)
  memberId!: string;
  @Field(() => ID, { description: 'An existing, open unit other than the current one.' })
  toUnitId!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today (Africa/Casablanca) when absent.' })
  transferredOn?: string | null;
  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@Resolver()
export class TransferMemberResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Moves an active member to another existing, open unit.' })
  async transferMember(
    @Args('input') input: TransferMemberInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new TransferMemberCommand(
      {
        memberId: input.memberId,
        toUnitId: input.toUnitId,
        transferredOn: input.transferredOn ?? null,
        reason: input.reason ?? null,
      },
      commandMeta(context, commandId, expectedRevision),
    );
    return CommandResult.of(await this.commands.execute(command));
  }
}
