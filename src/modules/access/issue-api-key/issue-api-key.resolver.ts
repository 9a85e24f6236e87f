import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { IssuedApiKeyType } from '../access.graphql';
import { IssueApiKeyCommand } from './issue-api-key.handler';

@InputType()
export class IssueApiKeyInput {
  @Field(() => ID, { description: 'The principal the key authenticates as; it carries all of its grants.' })
  principalId!: string;
  @Field(() => String, { description: 'What the key is for, e.g. "dashboard, El Hajeb office" (at most 100 characters).' })
  label!: string;
}

@Resolver()
export class IssueApiKeyResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => IssuedApiKeyType, { description: 'Issues an API key. Needs ADMIN over the whole register; the key is in this answer only.' })
  async issueApiKey(
    @Args('input', { type: () => IssueApiKeyInput }) input: IssueApiKeyInput,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<IssuedApiKeyType> {
    const command = new IssueApiKeyCommand({ principalId: input.principalId, label: input.label }, commandMeta(context, commandId, null));
    return IssuedApiKeyType.of(await this.commands.execute(command));
  }
}
