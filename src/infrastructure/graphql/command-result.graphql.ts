import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommandOutcome } from '../../modules/shared-kernel/command-runner';

@ObjectType('CommandResult', { description: 'What a mutation wrote: enough to find it and to read at least that fresh.' })
export class CommandResult {
  @Field(() => ID, { description: 'The id of the entity the command created or changed.' })
  id!: string;
  @Field(() => String)
  streamId!: string;
  @Field(() => Int, { description: 'Stream revision after the command; pass it as the next expectedRevision.' })
  revision!: number;
  @Field(() => String, { description: 'Opaque cursor of the last written event in the global log.' })
  position!: string;
  @Field(() => Boolean, { description: 'True when this repeated an earlier commandId and wrote nothing.' })
  replayed!: boolean;

  static of(outcome: CommandOutcome): CommandResult {
    return Object.assign(new CommandResult(), outcome);
  }
}
