import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { UnitKind } from '../../../events/org-units.events';
import type { UnitLevel } from '../../../events/shared.types';
import { CommandResult } from '../../../infrastructure/graphql/command-result.graphql';
import { commandMeta } from '../../../infrastructure/graphql/command-meta';
import { LocalizedTextInput } from '../../../infrastructure/graphql/localized-text.graphql';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { TerritoryInput, UnitKindEnum, UnitLevelEnum } from '../org-units.graphql';
import { EstablishOrgUnitCommand } from './establish-org-unit.handler';

@InputType()
export class EstablishOrgUnitInput {
  @Field(() => ID, { description: 'A lowercase slug; it becomes a segment of the unit path.' })
  unitId!: string;
  @Field(() => ID, { nullable: true, description: 'Absent only for the NATIONAL root.' })
  parentId?: string | null;
  @Field(() => UnitLevelEnum)
  level!: UnitLevel;
  @Field(() => UnitKindEnum)
  kind!: UnitKind;
  @Field(() => Boolean, { defaultValue: false, description: 'A parallel organization (youth, women, forum) attached to its parent.' })
  parallel!: boolean;
  @Field(() => LocalizedTextInput)
  name!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true })
  shortName?: LocalizedTextInput | null;
  @Field(() => TerritoryInput, { nullable: true })
  territory?: TerritoryInput | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when absent.' })
  establishedOn?: string | null;
}

@Resolver()
export class EstablishOrgUnitResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Establishes an org unit under an existing, open parent.' })
  async establishOrgUnit(
    @Args('input') input: EstablishOrgUnitInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Args('commandId', { type: () => ID, nullable: true }) commandId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CommandResult> {
    const command = new EstablishOrgUnitCommand(
      {
        unitId: input.unitId,
        parentId: input.parentId ?? null,
        level: input.level,
        kind: input.kind,
        parallel: input.parallel,
        name: input.name,
        shortName: input.shortName ?? null,
        territory: input.territory ?? null,
        establishedOn: input.establishedOn ?? null,
      },
      commandMeta(context, commandId, expectedRevision),
    );
    return CommandResult.of(await this.commands.execute(command));
  }
}
