import type { ApiKeyIssued, ApiKeyRevoked } from '../../events/access.events';
import { assertNever, type StateModel } from '../shared-kernel/decider';

export type ApiKeyEvent = ApiKeyIssued | ApiKeyRevoked;

type KeyFacts = ApiKeyIssued['data'];

/** One key's life: issued, then perhaps revoked; a revoked key never works again. */
export type ApiKeyState =
  | { readonly status: 'None' }
  | ({ readonly status: 'Active' } & KeyFacts)
  | ({ readonly status: 'Revoked'; readonly reason: string | null } & KeyFacts);

export const initialState = (): ApiKeyState => ({ status: 'None' });

export const evolve = (state: ApiKeyState, event: ApiKeyEvent): ApiKeyState => {
  switch (event.type) {
    case 'ApiKeyIssued':
      return state.status === 'None' ? { status: 'Active', ...event.data } : state;
    case 'ApiKeyRevoked':
      return state.status === 'Active' ? { ...state, status: 'Revoked', reason: event.data.reason } : state;
    default:
      return assertNever(event);
  }
};

export const apiKeyState: StateModel<ApiKeyState, ApiKeyEvent> = { initialState, evolve };
