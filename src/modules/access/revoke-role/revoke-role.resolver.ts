import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { GrantInput } from '../grant-role/grant-role.resolver';
import { RevokeRoleCommand } from './revoke-role.handler';

@Resolver()
export class RevokeRoleResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: "Withdraws a grant; the principal's next request no longer has it." })
  async revokeRole(
    @Args('input', { type: () => GrantInput }) input: GrantInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new RevokeRoleCommand(
      { principalId: input.principalId, role: input.role, unitId: input.unitId ?? null },
      commandMeta(context, commandId, expectedRevision),
    );
    return CommandResult.of(await this.commands.execute(command));
  }
}
