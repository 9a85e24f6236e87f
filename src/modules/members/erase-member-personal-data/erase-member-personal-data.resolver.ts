import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { EraseMemberPersonalDataCommand } from './erase-member-personal-data.handler';

@InputType()
export class EraseMemberPersonalDataInput {
  @Field(() => ID)
  memberId!: string;
  @Field(() => String, {
    description:
      'Why the data is erased, as a reference: a request number, a legal ground. It is stored in clear and never erased, ' +
      'so it must not carry personal data (no name, no detail about the person).',
  })
  reason!: string;
}

@Resolver()
export class EraseMemberPersonalDataResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, {
    description:
      "Erases a member's personal data (names, honorific, notes of a leaving or transfer) everywhere by destroying the key it is " +
      'sealed with. The member and every fact about them stay and still count; history is not edited and still verifies. Cannot be undone.',
  })
  async eraseMemberPersonalData(
    @Args('input') input: EraseMemberPersonalDataInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new EraseMemberPersonalDataCommand({ memberId: input.memberId, reason: input.reason }, commandMeta(context, commandId, expectedRevision));
    return CommandResult.of(await this.commands.execute(command));
  }
}
