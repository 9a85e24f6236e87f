import type { RoleGranted, RoleRevoked } from '../../events/access.events';
import { assertNever, type StateModel } from '../shared-kernel/decider';

export type PrincipalEvent = RoleGranted | RoleRevoked;

/** A grant as the principal's stream states it. */
export type GrantFact = Pick<RoleGranted['data'], 'role' | 'unitId' | 'unitPath'>;

/** What a principal may do: its grants, in the order given. A principal with none is simply unknown. */
export interface PrincipalState {
  readonly grants: readonly GrantFact[];
}

export const initialState = (): PrincipalState => ({ grants: [] });

export const sameGrant = (a: Pick<GrantFact, 'role' | 'unitId'>, b: Pick<GrantFact, 'role' | 'unitId'>): boolean =>
  a.role === b.role && a.unitId === b.unitId;

export const evolve = (state: PrincipalState, event: PrincipalEvent): PrincipalState => {
  switch (event.type) {
    case 'RoleGranted': {
      const { role, unitId, unitPath } = event.data;
      return state.grants.some((grant) => sameGrant(grant, event.data)) ? state : { grants: [...state.grants, { role, unitId, unitPath }] };
    }
    case 'RoleRevoked':
      return { grants: state.grants.filter((grant) => !sameGrant(grant, event.data)) };
    default:
      return assertNever(event);
  }
};

export const principalState: StateModel<PrincipalState, PrincipalEvent> = { initialState, evolve };
