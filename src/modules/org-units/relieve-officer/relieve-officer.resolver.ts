import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { Position } from '../../../events/org-units.events';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { PositionEnum } from '../org-units.graphql';
import { RelieveOfficerCommand } from './relieve-officer.handler';

@InputType()
export class RelieveOfficerInput {
  @Field(() => ID)
  unitId!: string;
  @Field(() => ID)
  memberId!: string;
  @Field(() => PositionEnum)
  position!: Position;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when absent.' })
  relievedOn?: string | null;
  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@Resolver()
export class RelieveOfficerResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Ends a member’s term in a position.' })
  async relieveOfficer(
    @Args('input') input: RelieveOfficerInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const { unitId, memberId, position, relievedOn = null, reason = null } = input;
    const command = new RelieveOfficerCommand({ unitId, memberId, position, relievedOn, reason }, commandMeta(context, commandId, expectedRevision));
    return CommandResult.of(await this.commands.execute(command));
  }
}
