import type { Instant } from '../../events/shared.types';

/**
 * What a decision records beside the payload: when the fact happened in the
 * world and where in the tree, fixed at decision time (replays then show the
 * hierarchy as it was).
 */
export interface DecisionContext {
  readonly occurredAt: Instant;
  readonly unitPath: string;
}

export type Decided<E> = E & { readonly context: DecisionContext };

export type Evolve<S, E> = (state: S, event: E) => S;

/** Every context's state module exports one of these. */
export interface StateModel<S, E> {
  readonly initialState: () => S;
  readonly evolve: Evolve<S, E>;
}

export const decided = <E>(event: E, context: DecisionContext): Decided<E> => ({ ...event, context });

export const assertNever = (value: never): never => {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
};
