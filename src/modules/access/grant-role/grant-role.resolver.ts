import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { Role } from '../../../events/access.events';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { RoleEnum } from '../access.graphql';
import { GrantRoleCommand } from './grant-role.handler';

/** A grant, as granting and revoking name it. */
@InputType()
export class GrantInput {
  @Field(() => ID, { description: "The principal: an API key's principal or a token's subject (sub)." })
  principalId!: string;
  @Field(() => RoleEnum)
  role!: Role;
  @Field(() => ID, { nullable: true, description: 'The unit whose subtree the role covers; absent: the whole register.' })
  unitId?: string | null;
}

@Resolver()
export class GrantRoleResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Grants a role over a unit and everything below it. An administrator grants only within its own subtrees.' })
  async grantRole(
    @Args('input', { type: () => GrantInput }) input: GrantInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new GrantRoleCommand(
      { principalId: input.principalId, role: input.role, unitId: input.unitId ?? null },
      commandMeta(context, commandId, expectedRevision),
    );
    return CommandResult.of(await this.commands.execute(command));
  }
}
