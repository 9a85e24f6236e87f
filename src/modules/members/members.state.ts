import type { MemberEvent } from '../../events/members.events';
import type { LocalDate, LocalizedText } from '../../events/shared.types';
import { assertNever, type StateModel } from '../shared-kernel/decider';

interface MemberFacts {
  readonly memberId: string;
  readonly unitId: string;
  readonly fullName: LocalizedText;
  readonly joinedOn: LocalDate;
}

export type MemberState =
  | { readonly status: 'None' }
  | ({ readonly status: 'Active' } & MemberFacts)
  | ({ readonly status: 'Left'; readonly leftOn: LocalDate } & MemberFacts);

export const initialState = (): MemberState => ({ status: 'None' });

export const evolve = (state: MemberState, event: MemberEvent): MemberState => {
  switch (event.type) {
    case 'MemberJoined': {
      const { memberId, unitId, fullName, joinedOn } = event.data;
      return { status: 'Active', memberId, unitId, fullName, joinedOn };
    }
    case 'MemberTransferred':
      return state.status === 'Active' ? { ...state, unitId: event.data.toUnitId } : state;
    case 'MemberLeft':
      return state.status === 'Active' ? { ...state, status: 'Left', leftOn: event.data.leftOn } : state;
    default:
      return assertNever(event);
  }
};

export const memberState: StateModel<MemberState, MemberEvent> = { initialState, evolve };
