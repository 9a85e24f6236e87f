import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { LocalizedTextInput } from '../../../infrastructure/graphql/localized-text.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { RenameOrgUnitCommand } from './rename-org-unit.handler';

@InputType()
export class RenameOrgUnitInput {
  @Field(() => ID)
  unitId!: string;
  @Field(() => LocalizedTextInput)
  name!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true })
  shortName?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@Resolver()
export class RenameOrgUnitResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Gives an open unit a new name; the old one stays in its history.' })
  async renameOrgUnit(
    @Args('input') input: RenameOrgUnitInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const { unitId, name, shortName = null, reason = null } = input;
    const command = new RenameOrgUnitCommand({ unitId, name, shortName, reason }, commandMeta(context, commandId, expectedRevision));
    return CommandResult.of(await this.commands.execute(command));
  }
}
