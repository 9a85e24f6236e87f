import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { RevokeApiKeyCommand } from './revoke-api-key.handler';

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  keyId!: string;
  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@Resolver()
export class RevokeApiKeyResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Revokes an API key for good. Needs ADMIN over the whole register.' })
  async revokeApiKey(
    @Args('input', { type: () => RevokeApiKeyInput }) input: RevokeApiKeyInput,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new RevokeApiKeyCommand({ keyId: input.keyId, reason: input.reason ?? null }, commandMeta(context, commandId, null));
    return CommandResult.of(await this.commands.execute(command));
  }
}
