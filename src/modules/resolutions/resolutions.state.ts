import type { ResolutionEvent, ResolutionStatus } from '../../events/resolutions.events';
import type { LocalDate } from '../../events/shared.types';
import { assertNever, type StateModel } from '../shared-kernel/decider';

interface ResolutionFacts {
  readonly resolutionId: string;
  readonly meetingId: string;
  readonly unitId: string;
  readonly adoptedOn: LocalDate;
  readonly status: ResolutionStatus;
}

export type ResolutionState =
  | { readonly lifecycle: 'None' }
  | ({ readonly lifecycle: 'InForce' } & ResolutionFacts)
  | ({ readonly lifecycle: 'Rescinded'; readonly rescindedOn: LocalDate } & ResolutionFacts);

export const initialState = (): ResolutionState => ({ lifecycle: 'None' });

export const evolve = (state: ResolutionState, event: ResolutionEvent): ResolutionState => {
  switch (event.type) {
    case 'ResolutionAdopted': {
      const { resolutionId, meetingId, unitId, adoptedOn } = event.data;
      return { lifecycle: 'InForce', resolutionId, meetingId, unitId, adoptedOn, status: 'ADOPTED' };
    }
    case 'ResolutionStatusChanged':
      return state.lifecycle === 'InForce' ? { ...state, status: event.data.to } : state;
    case 'ResolutionRescinded':
      return state.lifecycle === 'InForce'
        ? { ...state, lifecycle: 'Rescinded', rescindedOn: event.data.rescindedOn }
        : state;
    default:
      return assertNever(event);
  }
};

export const resolutionState: StateModel<ResolutionState, ResolutionEvent> = { initialState, evolve };
