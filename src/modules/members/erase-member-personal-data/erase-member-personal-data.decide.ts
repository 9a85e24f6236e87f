import type { MemberPersonalDataErased } from '../../../events/members.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError } from '../../shared-kernel/domain-error';
import { entityId } from '../../shared-kernel/id.validation';
import { TEXT_LIMITS, requiredText } from '../../shared-kernel/text.validation';
import type { OrgUnitState } from '../../org-units/org-units.state';
import type { MemberState } from '../members.state';

export interface EraseMemberPersonalData {
  readonly memberId: string;
  readonly reason: unknown;
  /** The unit the handler found the member in; null when it found no member. */
  readonly unit: OrgUnitState | null;
  readonly now: Instant;
}

/**
 * Records that a member's personal data is erased, filed under their current unit.
 * Active and departed members alike: the member still counts in every figure, only
 * what identifies them goes.
 */
export const decide = (command: EraseMemberPersonalData, state: MemberState): readonly Decided<MemberPersonalDataErased>[] => {
  const memberId = entityId(command.memberId, 'memberId');
  const reason = requiredText(command.reason, 'reason', { max: TEXT_LIMITS.short });
  if (state.status === 'None') throw new DomainError('MEMBER.NOT_FOUND', `Member ${memberId} does not exist`, 'memberId');
  if (state.personalDataErased) throw new DomainError('MEMBER.ALREADY_ERASED', `The personal data of member ${memberId} is already erased`, 'memberId');
  const unitPath = currentUnitPath(command.unit, state.unitId);
  return [
    decided<MemberPersonalDataErased>(
      { type: 'MemberPersonalDataErased', data: { memberId, unitId: state.unitId, reason } },
      { occurredAt: command.now, unitPath },
    ),
  ];
};

/** As for a leaving: if the member moved after the handler loaded their unit, a retry loads the right one. */
const currentUnitPath = (unit: OrgUnitState | null, unitId: string): string => {
  if (unit === null || unit.status === 'None' || unit.unitId !== unitId) {
    throw new DomainError('CONCURRENCY.CONFLICT', 'The member changed while the erasure was decided; retry', 'memberId');
  }
  return unit.path;
};
