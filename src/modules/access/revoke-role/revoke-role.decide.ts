import { ROLES, type RoleRevoked } from '../../../events/access.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError } from '../../shared-kernel/domain-error';
import { oneOf, unitId as validUnitId } from '../../shared-kernel/id.validation';
import { principalId as validPrincipalId } from '../principal-id.validation';
import { sameGrant, type PrincipalState } from '../principal.state';

export interface RevokeRole {
  readonly principalId: string;
  readonly role: string;
  /** null: the grant on the whole register. */
  readonly unitId: string | null;
  readonly now: Instant;
}

/** Withdraws one grant; it lands at the path the grant was given on, so the same administrators may withdraw it. */
export const decide = (command: RevokeRole, state: PrincipalState): readonly Decided<RoleRevoked>[] => {
  const principalId = validPrincipalId(command.principalId, 'principalId');
  const role = oneOf(command.role, ROLES, 'role');
  const unitId = command.unitId === null ? null : validUnitId(command.unitId, 'unitId');
  const grant = state.grants.find((held) => sameGrant(held, { role, unitId }));
  if (!grant) {
    throw new DomainError('ACCESS.GRANT_NOT_FOUND', `${principalId} holds no ${role} ${unitId === null ? 'on the whole register' : `on ${unitId}`}`, 'role');
  }
  return [
    decided<RoleRevoked>(
      { type: 'RoleRevoked', data: { principalId, role, unitId, unitPath: grant.unitPath } },
      { occurredAt: command.now, unitPath: grant.unitPath },
    ),
  ];
};
