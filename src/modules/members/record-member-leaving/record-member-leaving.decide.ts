import { LEAVING_REASONS, type LeavingReason, type MemberLeft } from '../../../events/members.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError, validationError } from '../../shared-kernel/domain-error';
import { entityId, oneOf } from '../../shared-kernel/id.validation';
import { TEXT_LIMITS, optionalText } from '../../shared-kernel/text.validation';
import { DEFAULT_TIME_ZONE, localDateOf, localNoon, optionalLocalDate } from '../../shared-kernel/time.validation';
import type { OrgUnitState } from '../../org-units/org-units.state';
import type { MemberState } from '../members.state';

export interface RecordMemberLeaving {
  readonly memberId: string;
  readonly reason: string;
  readonly note: unknown;
  readonly leftOn: string | null;
  /** The unit the handler found the member in; null when it found no member. */
  readonly unit: OrgUnitState | null;
  readonly now: Instant;
}


export const decide = (command: RecordMemberLeaving, state: MemberState): readonly Decided<MemberLeft>[] => {
  const memberId = entityId(command.memberId, 'memberId');
  const reason = oneOf<LeavingReason>(command.reason, LEAVING_REASONS, 'reason');
  const note = optionalText(command.note, 'note', { max: TEXT_LIMITS.reason, multiline: true });
  const today = localDateOf(command.now, DEFAULT_TIME_ZONE);
  const leftOn = optionalLocalDate(command.leftOn, 'leftOn') ?? today;
  if (leftOn > today) throw validationError('leftOn', `must not be after today (${today})`);

  if (state.status === 'None') throw new DomainError('MEMBER.NOT_FOUND', `Member ${memberId} does not exist`, 'memberId');
  if (state.status === 'Left') throw new DomainError('MEMBER.ALREADY_LEFT', `Member ${memberId} left on ${state.leftOn}`, 'memberId');
  if (leftOn < state.joinedOn) throw validationError('leftOn', `must not be before the member joined (${state.joinedOn})`);
  const unitPath = currentUnitPath(command.unit, state.unitId);
  return [
    decided<MemberLeft>(
      { type: 'MemberLeft', data: { memberId, unitId: state.unitId, reason, note, leftOn } },
      { occurredAt: localNoon(leftOn, DEFAULT_TIME_ZONE), unitPath },
    ),
  ];
};

/**
 * The handler loads the member's unit before the runner re-reads the member; if the
 * member moved in between, that unit is no longer theirs and a retry will load the right one.
 * A dissolved unit still counts: its members may leave.
 */
const currentUnitPath = (unit: OrgUnitState | null, unitId: string): string => {
  if (unit === null || unit.status === 'None' || unit.unitId !== unitId) {
    throw new DomainError('CONCURRENCY.CONFLICT', 'The member changed while the leaving was decided; retry', 'memberId');
  }
  return unit.path;
};
