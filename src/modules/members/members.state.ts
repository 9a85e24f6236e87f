import type { MemberEvent } from '../../events/members.events';
import type { LocalDate } from '../../events/shared.types';
import { assertNever, type StateModel } from '../shared-kernel/decider';

/** No personal data: the write side decides on ids, units and dates, and names arrive sealed anyway. */
interface MemberFacts {
  readonly memberId: string;
  readonly unitId: string;
  readonly joinedOn: LocalDate;
  /** True once the member's personal data was erased. */
  readonly personalDataErased?: boolean;
}

export type MemberState =
  | { readonly status: 'None' }
  | ({ readonly status: 'Active' } & MemberFacts)
  | ({ readonly status: 'Left'; readonly leftOn: LocalDate } & MemberFacts);

export const initialState = (): MemberState => ({ status: 'None' });

export const evolve = (state: MemberState, event: MemberEvent): MemberState => {
  switch (event.type) {
    case 'MemberJoined': {
      const { memberId, unitId, joinedOn } = event.data;
      return { status: 'Active', memberId, unitId, joinedOn };
    }
    case 'MemberTransferred':
      return state.status === 'Active' ? { ...state, unitId: event.data.toUnitId } : state;
    case 'MemberLeft':
      return state.status === 'Active' ? { ...state, status: 'Left', leftOn: event.data.leftOn } : state;
    case 'MemberPersonalDataErased':
      return state.status === 'None' ? state : { ...state, personalDataErased: true };
    default:
      return assertNever(event);
  }
};

export const memberState: StateModel<MemberState, MemberEvent> = { initialState, evolve };
