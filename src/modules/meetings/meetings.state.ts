import type { MeetingEvent, MeetingRecord } from '../../events/meetings.events';
import { assertNever, type StateModel } from '../shared-kernel/decider';

export type MeetingState =
  | { readonly status: 'None' }
  | {
      readonly status: 'Held';
      readonly meetingId: string;
      readonly unitId: string;
      /** The record as it stands after every correction. */
      readonly record: MeetingRecord;
    };

export const initialState = (): MeetingState => ({ status: 'None' });

export const evolve = (state: MeetingState, event: MeetingEvent): MeetingState => {
  switch (event.type) {
    case 'MeetingHeld': {
      const { meetingId, unitId, ...record } = event.data;
      return { status: 'Held', meetingId, unitId, record };
    }
    case 'MeetingRecordCorrected':
      return state.status === 'Held' ? { ...state, record: { ...state.record, ...event.data.changes } } : state;
    default:
      return assertNever(event);
  }
};

export const meetingState: StateModel<MeetingState, MeetingEvent> = { initialState, evolve };
