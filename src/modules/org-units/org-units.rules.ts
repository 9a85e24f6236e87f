import { DomainError } from '../shared-kernel/domain-error';
import type { OrgUnitState } from './org-units.state';

type OpenUnit = Extract<OrgUnitState, { status: 'Active' }>;
type KnownUnit = Exclude<OrgUnitState, { status: 'None' }>;

export const existingUnit = (state: OrgUnitState, unitId: string, field = 'unitId'): KnownUnit => {
  if (state.status === 'None') throw new DomainError('ORG_UNIT.NOT_FOUND', `Unit ${unitId} does not exist`, field);
  return state;
};

export const openUnit = (state: OrgUnitState, unitId: string, field = 'unitId'): OpenUnit => {
  const unit = existingUnit(state, unitId, field);
  if (unit.status === 'Dissolved') throw new DomainError('ORG_UNIT.DISSOLVED', `Unit ${unitId} is dissolved`, field);
  return unit;
};
