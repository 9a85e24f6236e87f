import type { OrgUnitEvent, Position, UnitKind } from '../../events/org-units.events';
import type { LocalDate, LocalizedText, UnitLevel } from '../../events/shared.types';
import { assertNever, type StateModel } from '../shared-kernel/decider';

export interface OfficerTerm {
  readonly memberId: string;
  readonly position: Position;
  readonly since: LocalDate;
}

interface UnitFacts {
  readonly unitId: string;
  readonly parentId: string | null;
  readonly path: string;
  readonly level: UnitLevel;
  readonly kind: UnitKind;
  readonly parallel: boolean;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText | null;
  readonly officers: readonly OfficerTerm[];
}

export type OrgUnitState =
  | { readonly status: 'None' }
  | ({ readonly status: 'Active' } & UnitFacts)
  | ({ readonly status: 'Dissolved'; readonly dissolvedOn: LocalDate } & UnitFacts);

export const initialState = (): OrgUnitState => ({ status: 'None' });

export const evolve = (state: OrgUnitState, event: OrgUnitEvent): OrgUnitState => {
  switch (event.type) {
    case 'OrgUnitEstablished': {
      const { unitId, parentId, path, level, kind, parallel, name, shortName } = event.data;
      return { status: 'Active', unitId, parentId, path, level, kind, parallel, name, shortName, officers: [] };
    }
    case 'OrgUnitRenamed':
      return state.status === 'None' ? state : { ...state, name: event.data.name, shortName: event.data.shortName };
    case 'OrgUnitDissolved':
      return state.status === 'Active' ? { ...state, status: 'Dissolved', dissolvedOn: event.data.dissolvedOn } : state;
    case 'OfficerAppointed': {
      if (state.status === 'None') return state;
      const { memberId, position, termStart } = event.data;
      return { ...state, officers: [...state.officers, { memberId, position, since: termStart }] };
    }
    case 'OfficerRelieved': {
      if (state.status === 'None') return state;
      const { memberId, position } = event.data;
      const officers = state.officers.filter((term) => !(term.memberId === memberId && term.position === position));
      return { ...state, officers };
    }
    default:
      return assertNever(event);
  }
};

export const orgUnitState: StateModel<OrgUnitState, OrgUnitEvent> = { initialState, evolve };

/** The unit's path, or null when no unit has that id. */
export const unitPathOf = (state: OrgUnitState): string | null => (state.status === 'None' ? null : state.path);
