import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { Position } from '../../../events/org-units.events';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { LocalizedTextInput } from '../../../infrastructure/graphql/localized-text.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { PositionEnum } from '../org-units.graphql';
import { AppointOfficerCommand } from './appoint-officer.handler';

@InputType()
export class AppointOfficerInput {
  @Field(() => ID)
  unitId!: string;
  @Field(() => ID)
  memberId!: string;
  @Field(() => PositionEnum)
  position!: Position;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The title as the organization words it, e.g. الأمين العام الإقليمي.' })
  title?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when absent.' })
  termStart?: string | null;
  @Field(() => String, { nullable: true })
  termEnd?: string | null;
}

@Resolver()
export class AppointOfficerResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Appoints a member to a position of a unit; a single-holder position must be free.' })
  async appointOfficer(
    @Args('input') input: AppointOfficerInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const { unitId, memberId, position, title = null, termStart = null, termEnd = null } = input;
    const command = new AppointOfficerCommand(
      { unitId, memberId, position, title, termStart, termEnd },
      commandMeta(context, commandId, expectedRevision),
    );
    return CommandResult.of(await this.commands.execute(command));
  }
}
