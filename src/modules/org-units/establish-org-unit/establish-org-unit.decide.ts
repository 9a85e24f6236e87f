import { type OrgUnitEstablished, type Territory, UNIT_KINDS, type UnitKind } from '../../../events/org-units.events';
import { type Instant, UNIT_LEVELS, type UnitLevel } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError, validationError } from '../../shared-kernel/domain-error';
import { oneOf, unitId as validUnitId } from '../../shared-kernel/id.validation';
import { TEXT_LIMITS, localizedText, optionalLocalizedText, optionalText } from '../../shared-kernel/text.validation';
import { DEFAULT_TIME_ZONE, localDateOf, localNoon, optionalLocalDate } from '../../shared-kernel/time.validation';
import type { OrgUnitState } from '../org-units.state';

export interface EstablishOrgUnit {
  readonly unitId: string;
  readonly parentId: string | null;
  readonly level: string;
  readonly kind: string;
  readonly parallel: boolean;
  readonly name: unknown;
  readonly shortName: unknown;
  readonly territory: {
    readonly country?: unknown;
    readonly region?: unknown;
    readonly province?: unknown;
    readonly commune?: unknown;
    readonly code?: unknown;
  } | null;
  readonly establishedOn: string | null;
  /** The parent's state, loaded by the handler; `None` when it does not exist. */
  readonly parent: OrgUnitState | null;
  readonly now: Instant;
}

export const decide = (command: EstablishOrgUnit, state: OrgUnitState): readonly Decided<OrgUnitEstablished>[] => {
  const unitId = validUnitId(command.unitId, 'unitId');
  const level = oneOf<UnitLevel>(command.level, UNIT_LEVELS, 'level');
  const kind = oneOf<UnitKind>(command.kind, UNIT_KINDS, 'kind');
  const name = localizedText(command.name, 'name', { max: TEXT_LIMITS.name });
  const shortName = optionalLocalizedText(command.shortName, 'shortName', { max: TEXT_LIMITS.name });
  const territory = validTerritory(command.territory);
  const establishedOn = optionalLocalDate(command.establishedOn, 'establishedOn') ?? localDateOf(command.now, DEFAULT_TIME_ZONE);

  if (state.status !== 'None') {
    throw new DomainError('ORG_UNIT.ALREADY_EXISTS', `Unit ${unitId} already exists`, 'unitId');
  }
  const path = pathUnder(command, level, unitId);
  return [
    decided<OrgUnitEstablished>(
      {
        type: 'OrgUnitEstablished',
        data: { unitId, parentId: command.parentId, path, level, kind, parallel: command.parallel, name, shortName, territory, establishedOn },
      },
      { occurredAt: localNoon(establishedOn, DEFAULT_TIME_ZONE), unitPath: path },
    ),
  ];
};

/** The root is the one NATIONAL unit without a parent; every other unit hangs one level below its parent. */
const pathUnder = (command: EstablishOrgUnit, level: UnitLevel, unitId: string): string => {
  if (command.parentId === null) {
    if (level !== 'NATIONAL') {
      throw new DomainError('ORG_UNIT.LEVEL_MISMATCH', 'Only a NATIONAL unit may stand without a parent', 'parentId');
    }
    return `/${unitId}`;
  }
  const parent = command.parent;
  if (parent === null || parent.status === 'None') {
    throw new DomainError('ORG_UNIT.PARENT_NOT_FOUND', `Parent unit ${command.parentId} does not exist`, 'parentId');
  }
  if (parent.status === 'Dissolved') {
    throw new DomainError('ORG_UNIT.PARENT_DISSOLVED', `Parent unit ${command.parentId} is dissolved`, 'parentId');
  }
  const parentDepth = UNIT_LEVELS.indexOf(parent.level);
  const depth = UNIT_LEVELS.indexOf(level);
  // A parallel organization (youth, women, forum) attaches at its parent's level or below it.
  const fits = command.parallel ? depth >= parentDepth : depth === parentDepth + 1;
  if (!fits) {
    const expected = command.parallel ? `${parent.level} or below` : (UNIT_LEVELS[parentDepth + 1] ?? 'nothing (LOCAL units have no children)');
    throw new DomainError('ORG_UNIT.LEVEL_MISMATCH', `Under a ${parent.level} unit the level must be ${expected}, not ${level}`, 'level', {
      parentLevel: parent.level,
    });
  }
  return `${parent.path}/${unitId}`;
};

const validTerritory = (territory: EstablishOrgUnit['territory']): Territory | null => {
  if (territory === null) return null;
  const country = optionalText(territory.country, 'territory.country', { max: 2 });
  if (country === null || !/^[A-Z]{2}$/.test(country)) throw validationError('territory.country', 'must be an ISO 3166-1 alpha-2 code');
  const part = (value: unknown, field: string): string | undefined =>
    optionalText(value, `territory.${field}`, { max: TEXT_LIMITS.name }) ?? undefined;
  const region = part(territory.region, 'region');
  const province = part(territory.province, 'province');
  const commune = part(territory.commune, 'commune');
  return {
    country,
    ...(region !== undefined && { region }),
    ...(province !== undefined && { province }),
    ...(commune !== undefined && { commune }),
    code: territoryCode(territory.code),
  };
};

// Official codes are short dotted identifiers (HCP `03.171.01.05`); other countries' fit the same mould.
const TERRITORY_CODE = /^[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*$/;

const territoryCode = (value: unknown): string | null => {
  const code = optionalText(value, 'territory.code', { max: 32 });
  if (code !== null && !TERRITORY_CODE.test(code)) {
    throw validationError('territory.code', 'must be letters and digits in groups separated by . or -, e.g. 03.171');
  }
  return code;
};
