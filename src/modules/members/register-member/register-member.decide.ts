import type { MemberJoined } from '../../../events/members.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError, validationError } from '../../shared-kernel/domain-error';
import { entityId, unitId as validUnitId } from '../../shared-kernel/id.validation';
import { TEXT_LIMITS, localizedText, optionalLocalizedText } from '../../shared-kernel/text.validation';
import { DEFAULT_TIME_ZONE, localDateOf, localNoon, optionalLocalDate } from '../../shared-kernel/time.validation';
import type { OrgUnitState } from '../../org-units/org-units.state';
import type { MemberState } from '../members.state';

export interface RegisterMember {
  readonly memberId: string;
  readonly unitId: string;
  readonly fullName: unknown;
  readonly honorific: unknown;
  readonly joinedOn: string | null;
  /** The unit's state, loaded by the handler; `None` when it does not exist. */
  readonly unit: OrgUnitState;
  readonly now: Instant;
}


export const decide = (command: RegisterMember, state: MemberState): readonly Decided<MemberJoined>[] => {
  const memberId = entityId(command.memberId, 'memberId');
  const unitId = validUnitId(command.unitId, 'unitId');
  const fullName = localizedText(command.fullName, 'fullName', { max: TEXT_LIMITS.name });
  const honorific = optionalLocalizedText(command.honorific, 'honorific', { max: TEXT_LIMITS.name });
  const today = localDateOf(command.now, DEFAULT_TIME_ZONE);
  const joinedOn = optionalLocalDate(command.joinedOn, 'joinedOn') ?? today;
  if (joinedOn > today) throw validationError('joinedOn', `must not be after today (${today})`);

  const unit = command.unit;
  if (unit.status === 'None') throw new DomainError('ORG_UNIT.NOT_FOUND', `Unit ${unitId} does not exist`, 'unitId');
  if (unit.status === 'Dissolved') throw new DomainError('ORG_UNIT.DISSOLVED', `Unit ${unitId} is dissolved`, 'unitId');
  if (state.status !== 'None') {
    throw new DomainError('MEMBER.ALREADY_REGISTERED', `Member ${memberId} is already registered`, 'memberId');
  }
  return [
    decided<MemberJoined>(
      { type: 'MemberJoined', data: { memberId, unitId, fullName, honorific, joinedOn } },
      { occurredAt: localNoon(joinedOn, DEFAULT_TIME_ZONE), unitPath: unit.path },
    ),
  ];
};
