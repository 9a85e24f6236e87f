import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { DissolveOrgUnitCommand } from './dissolve-org-unit.handler';

@InputType()
export class DissolveOrgUnitInput {
  @Field(() => ID)
  unitId!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when absent.' })
  dissolvedOn?: string | null;
  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@Resolver()
export class DissolveOrgUnitResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Dissolves an open unit; no unit may be established under it afterwards.' })
  async dissolveOrgUnit(
    @Args('input') input: DissolveOrgUnitInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const { unitId, dissolvedOn = null, reason = null } = input;
    const command = new DissolveOrgUnitCommand({ unitId, dissolvedOn, reason }, commandMeta(context, commandId, expectedRevision));
    return CommandResult.of(await this.commands.execute(command));
  }
}
