import type { MemberTransferred } from '../../../events/members.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError, validationError } from '../../shared-kernel/domain-error';
import { entityId, unitId as validUnitId } from '../../shared-kernel/id.validation';
import { TEXT_LIMITS, optionalText } from '../../shared-kernel/text.validation';
import { DEFAULT_TIME_ZONE, localDateOf, localNoon, optionalLocalDate } from '../../shared-kernel/time.validation';
import type { OrgUnitState } from '../../org-units/org-units.state';
import type { MemberState } from '../members.state';

export interface TransferMember {
  readonly memberId: string;
  readonly toUnitId: string;
  readonly transferredOn: string | null;
  readonly reason: unknown;
  /** The unit the handler found the member in; null when it found no member. */
  readonly fromUnit: OrgUnitState | null;
  /** The destination's state, loaded by the handler; `None` when it does not exist. */
  readonly toUnit: OrgUnitState;
  readonly now: Instant;
}


export const decide = (command: TransferMember, state: MemberState): readonly Decided<MemberTransferred>[] => {
  const memberId = entityId(command.memberId, 'memberId');
  const toUnitId = validUnitId(command.toUnitId, 'toUnitId');
  const reason = optionalText(command.reason, 'reason', { max: TEXT_LIMITS.reason, multiline: true });
  const today = localDateOf(command.now, DEFAULT_TIME_ZONE);
  const transferredOn = optionalLocalDate(command.transferredOn, 'transferredOn') ?? today;
  if (transferredOn > today) throw validationError('transferredOn', `must not be after today (${today})`);

  if (state.status === 'None') throw new DomainError('MEMBER.NOT_FOUND', `Member ${memberId} does not exist`, 'memberId');
  if (state.status === 'Left') throw new DomainError('MEMBER.ALREADY_LEFT', `Member ${memberId} left on ${state.leftOn}`, 'memberId');
  const toUnit = command.toUnit;
  if (toUnit.status === 'None') throw new DomainError('ORG_UNIT.NOT_FOUND', `Unit ${toUnitId} does not exist`, 'toUnitId');
  if (toUnit.status === 'Dissolved') throw new DomainError('ORG_UNIT.DISSOLVED', `Unit ${toUnitId} is dissolved`, 'toUnitId');
  if (toUnitId === state.unitId) throw new DomainError('MEMBER.SAME_UNIT', `Member ${memberId} is already in ${toUnitId}`, 'toUnitId');
  if (transferredOn < state.joinedOn) {
    throw validationError('transferredOn', `must not be before the member joined (${state.joinedOn})`);
  }
  const fromUnitPath = currentUnitPath(command.fromUnit, state.unitId);
  return [
    decided<MemberTransferred>(
      { type: 'MemberTransferred', data: { memberId, fromUnitId: state.unitId, fromUnitPath, toUnitId, transferredOn, reason } },
      { occurredAt: localNoon(transferredOn, DEFAULT_TIME_ZONE), unitPath: toUnit.path },
    ),
  ];
};

/**
 * The handler loads the member's unit before the runner re-reads the member; if the
 * member moved in between, that unit is no longer theirs and a retry will load the right one.
 * A dissolved unit is still a valid origin: moving members out of it is the point.
 */
const currentUnitPath = (unit: OrgUnitState | null, unitId: string): string => {
  if (unit === null || unit.status === 'None' || unit.unitId !== unitId) {
    throw new DomainError('CONCURRENCY.CONFLICT', 'The member changed while the transfer was decided; retry', 'memberId');
  }
  return unit.path;
};
