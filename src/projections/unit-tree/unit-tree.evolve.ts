import type { Position, Territory, UnitKind } from '../../events/org-units.events';
import type { DomainEvent } from '../../events/registry';
import type { LocalDate, LocalizedText, UnitLevel } from '../../events/shared.types';

export interface OfficerRow {
  readonly memberId: string;
  readonly position: Position;
  readonly title: LocalizedText | null;
  readonly since: LocalDate;
}

export interface UnitRow {
  readonly unitId: string;
  readonly parentId: string | null;
  readonly path: string;
  readonly level: UnitLevel;
  readonly kind: UnitKind;
  readonly parallel: boolean;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText | null;
  readonly territory: Territory | null;
  readonly status: 'ACTIVE' | 'DISSOLVED';
  readonly establishedOn: LocalDate;
  readonly dissolvedOn: LocalDate | null;
  readonly officers: readonly OfficerRow[];
}

export const UNIT_TREE_EVENT_TYPES = ['OrgUnitEstablished', 'OrgUnitRenamed', 'OrgUnitDissolved', 'OfficerAppointed', 'OfficerRelieved'] as const;

/** One unit's row after an event; a fact it cannot place (no row yet) leaves the row as it was. */
export const evolve = (row: UnitRow | null, event: DomainEvent): UnitRow | null => {
  switch (event.type) {
    case 'OrgUnitEstablished': {
      const { establishedOn, ...facts } = event.data;
      return { ...facts, establishedOn, status: 'ACTIVE', dissolvedOn: null, officers: [] };
    }
    case 'OrgUnitRenamed':
      return row && { ...row, name: event.data.name, shortName: event.data.shortName };
    case 'OrgUnitDissolved':
      return row && { ...row, status: 'DISSOLVED', dissolvedOn: event.data.dissolvedOn };
    case 'OfficerAppointed': {
      const { memberId, position, title, termStart } = event.data;
      return row && { ...row, officers: [...row.officers, { memberId, position, title, since: termStart }] };
    }
    case 'OfficerRelieved': {
      const { memberId, position } = event.data;
      return row && { ...row, officers: row.officers.filter((o) => !(o.memberId === memberId && o.position === position)) };
    }
    default:
      return row;
  }
};
