import { ROLES, WHOLE_REGISTER, type RoleGranted } from '../../../events/access.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError } from '../../shared-kernel/domain-error';
import { oneOf, unitId as validUnitId } from '../../shared-kernel/id.validation';
import type { OrgUnitState } from '../../org-units/org-units.state';
import { principalId as validPrincipalId } from '../principal-id.validation';
import { sameGrant, type PrincipalState } from '../principal.state';

export interface GrantRole {
  readonly principalId: string;
  readonly role: string;
  /** null: the whole register. */
  readonly unitId: string | null;
  /** The unit's state, loaded by the handler when unitId is set. */
  readonly unit: OrgUnitState | null;
  readonly now: Instant;
}

/**
 * Grants a role over a unit's subtree (or the whole register). The event lands at
 * the grant's unit path, so only a principal who administers that subtree may grant
 * it. A dissolved unit may still be granted: its record stays readable and auditable.
 */
export const decide = (command: GrantRole, state: PrincipalState): readonly Decided<RoleGranted>[] => {
  const principalId = validPrincipalId(command.principalId, 'principalId');
  const role = oneOf(command.role, ROLES, 'role');
  const unitId = command.unitId === null ? null : validUnitId(command.unitId, 'unitId');
  let unitPath = WHOLE_REGISTER;
  if (unitId !== null) {
    if (!command.unit || command.unit.status === 'None') throw new DomainError('ORG_UNIT.NOT_FOUND', `Unit ${unitId} does not exist`, 'unitId');
    unitPath = command.unit.path;
  }
  if (state.grants.some((grant) => sameGrant(grant, { role, unitId }))) {
    throw new DomainError('ACCESS.ALREADY_GRANTED', `${principalId} already holds ${role} ${unitId === null ? 'on the whole register' : `on ${unitId}`}`, 'role');
  }
  return [decided<RoleGranted>({ type: 'RoleGranted', data: { principalId, role, unitId, unitPath } }, { occurredAt: command.now, unitPath })];
};
