import type { StateModel } from '../decider';
import { DomainError, type ErrorCode } from '../domain-error';

/** The state a stream would have after these events. */
export const given = <S, E>(model: StateModel<S, E>, ...events: E[]): S =>
  events.reduce((state, event) => model.evolve(state, event), model.initialState());

/** Asserts a decision fails with this code (and field, when given), and returns the error. */
export const expectRejection = (decision: () => unknown, code: ErrorCode, field?: string): DomainError => {
  let thrown: unknown;
  try {
    decision();
  } catch (error) {
    thrown = error;
  }
  if (!(thrown instanceof DomainError)) {
    throw new Error(`Expected a ${code} rejection, got ${thrown === undefined ? 'a decision' : String(thrown)}`);
  }
  expect({ code: thrown.code, ...(field !== undefined && { field: thrown.field }) }).toEqual({ code, ...(field !== undefined && { field }) });
  return thrown;
};

/** Events without their decision context, for comparing payloads. */
export const payloads = <E extends { type: string; data: unknown }>(events: readonly E[]): Array<Pick<E, 'type' | 'data'>> =>
  events.map(({ type, data }) => ({ type, data }));
