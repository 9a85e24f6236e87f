import type { LocalDate, LocalizedText, UnitLevel } from './shared.types';

export const UNIT_KINDS = ['PARTY', 'SECRETARIAT', 'BRANCH', 'COUNCIL', 'PARALLEL_ORGANIZATION'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Positions a unit can fill; single-holder ones allow one holder at a time. */
export const POSITIONS = [
  'SECRETARY_GENERAL',
  'DEPUTY_SECRETARY_GENERAL',
  'TREASURER',
  'SPOKESPERSON',
  'LOCAL_SECRETARY',
  'SECRETARIAT_MEMBER',
  'COUNCIL_MEMBER',
] as const;
export type Position = (typeof POSITIONS)[number];
export const SINGLE_HOLDER_POSITIONS: readonly Position[] = [
  'SECRETARY_GENERAL',
  'TREASURER',
  'SPOKESPERSON',
  'LOCAL_SECRETARY',
];

export interface Territory {
  readonly country: string;
  readonly region?: string;
  readonly province?: string;
  readonly commune?: string;
  /** The official code of the division, e.g. Morocco's HCP code `03.171` (El Hajeb); null when not given. Since schema version 2. */
  readonly code: string | null;
}

export interface OrgUnitEstablished {
  readonly type: 'OrgUnitEstablished';
  readonly data: {
    readonly unitId: string;
    readonly parentId: string | null;
    readonly path: string;
    readonly level: UnitLevel;
    readonly kind: UnitKind;
    /** A parallel organization (youth, women, forum) attached to its parent. */
    readonly parallel: boolean;
    readonly name: LocalizedText;
    readonly shortName: LocalizedText | null;
    readonly territory: Territory | null;
    readonly establishedOn: LocalDate;
  };
}

export interface OrgUnitRenamed {
  readonly type: 'OrgUnitRenamed';
  readonly data: {
    readonly unitId: string;
    readonly name: LocalizedText;
    readonly shortName: LocalizedText | null;
    readonly previousName: LocalizedText;
    readonly reason: string | null;
  };
}

export interface OrgUnitDissolved {
  readonly type: 'OrgUnitDissolved';
  readonly data: {
    readonly unitId: string;
    readonly dissolvedOn: LocalDate;
    readonly reason: string | null;
  };
}

export interface OfficerAppointed {
  readonly type: 'OfficerAppointed';
  readonly data: {
    readonly unitId: string;
    readonly memberId: string;
    readonly position: Position;
    readonly title: LocalizedText | null;
    readonly termStart: LocalDate;
    readonly termEnd: LocalDate | null;
  };
}

export interface OfficerRelieved {
  readonly type: 'OfficerRelieved';
  readonly data: {
    readonly unitId: string;
    readonly memberId: string;
    readonly position: Position;
    readonly relievedOn: LocalDate;
    readonly reason: string | null;
  };
}

export type OrgUnitEvent =
  | OrgUnitEstablished
  | OrgUnitRenamed
  | OrgUnitDissolved
  | OfficerAppointed
  | OfficerRelieved;
