import { Args } from '@nestjs/graphql';

/** The `minPosition` every top-level read query takes, for read-your-writes. */
export const MinPositionArg = (): ParameterDecorator =>
  Args('minPosition', {
    type: () => String,
    nullable: true,
    description: "Answer only once the read models include this log position (a mutation's `position`).",
  });
