import { Args } from '@nestjs/graphql';

const WAIT_FOR_POSITION = "Answer only once the read models include this log position (a mutation's `position`).";

/**
 * The `minPosition` every top-level read query takes, for read-your-writes: one
 * definition so the argument is named, typed and described alike everywhere.
 * `description` only keeps an existing schema text that differs.
 */
export const MinPositionArg = (description = WAIT_FOR_POSITION): ParameterDecorator =>
  Args('minPosition', { type: () => String, nullable: true, description });
