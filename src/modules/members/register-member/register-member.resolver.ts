import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { LocalizedTextInput } from '../../../infrastructure/graphql/localized-text.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { RegisterMemberCommand } from './register-member.handler';

@InputType()
export class RegisterMemberInput {
  @Field(() => ID, { nullable: true, description: 'A lowercase UUID or slug; a new id when absent.' })
  memberId?: string | null;
  @Field(() => ID, { description: 'The existing, open unit the member joins.' })
  unitId!: string;
  @Field(() => LocalizedTextInput)
  fullName!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true })
  honorific?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today (Africa/Casablanca) when absent.' })
  joinedOn?: string | null;
}

@Resolver()
export class RegisterMemberResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Registers a member in an existing, open unit.' })
  async registerMember(
    @Args('input') input: RegisterMemberInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new RegisterMemberCommand(
      {
        memberId: input.memberId ?? null,
        unitId: input.unitId,
        fullName: input.fullName,
        honorific: input.honorific ?? null,
        joinedOn: input.joinedOn ?? null,
      },
      commandMeta(context, commandId, expectedRevision),
    );
    return CommandResult.of(await this.commands.execute(command));
  }
}
