import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { LeavingReason } from '../../../events/members.events';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { LeavingReasonEnum } from '../members.graphql';
import { RecordMemberLeavingCommand } from './record-member-leaving.handler';

@InputType()
export class RecordMemberLeavingInput {
  @Field(() => ID)
  memberId!: string;
  @Field(() => LeavingReasonEnum)
  reason!: LeavingReason;
  @Field(() => String, { nullable: true })
  note?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today (Africa/Casablanca) when absent.' })
  leftOn?: string | null;
}

@Resolver()
export class RecordMemberLeavingResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Records that an active member left the register.' })
  async recordMemberLeaving(
    @Args('input') input: RecordMemberLeavingInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new RecordMemberLeavingCommand(
      {
        memberId: input.memberId,
        reason: input.reason,
        note: input.note ?? null,
        leftOn: input.leftOn ?? null,
      },
      commandMeta(context, commandId, expectedRevision),
    );
    return CommandResult.of(await this.commands.execute(command));
  }
}
