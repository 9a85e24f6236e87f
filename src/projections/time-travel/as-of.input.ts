import { Field, InputType } from '@nestjs/graphql';

@InputType('AsOf', { description: 'A past point of the log; give exactly one of position and recordedAt.' })
export class AsOfInput {
  @Field(() => String, {
    nullable: true,
    description: "A log position (a mutation's or an event's `position`): the read models as they stood right after that event.",
  })
  position?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An instant (ISO 8601 with offset): the read models as they stood after the last event recorded at or before it.',
  })
  recordedAt?: string | null;
}
