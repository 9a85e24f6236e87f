import { type OfficerAppointed, POSITIONS, type Position, SINGLE_HOLDER_POSITIONS } from '../../../events/org-units.events';
import type { Instant } from '../../../events/shared.types';
import type { MemberState } from '../../members/members.state';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError, validationError } from '../../shared-kernel/domain-error';
import { entityId, oneOf } from '../../shared-kernel/id.validation';
import { TEXT_LIMITS, optionalLocalizedText } from '../../shared-kernel/text.validation';
import { DEFAULT_TIME_ZONE, localDateOf, localNoon, optionalLocalDate } from '../../shared-kernel/time.validation';
import { openUnit } from '../org-units.rules';
import type { OrgUnitState } from '../org-units.state';

export interface AppointOfficer {
  readonly unitId: string;
  readonly memberId: string;
  readonly position: string;
  readonly title: unknown;
  readonly termStart: unknown;
  readonly termEnd: unknown;
  /** The appointee's state, loaded by the handler. */
  readonly member: MemberState;
  readonly now: Instant;
}

export const decide = (command: AppointOfficer, state: OrgUnitState): readonly Decided<OfficerAppointed>[] => {
  const memberId = entityId(command.memberId, 'memberId');
  const position = oneOf<Position>(command.position, POSITIONS, 'position');
  const title = optionalLocalizedText(command.title, 'title', { max: TEXT_LIMITS.name });
  const today = localDateOf(command.now, DEFAULT_TIME_ZONE);
  const termStart = optionalLocalDate(command.termStart, 'termStart') ?? today;
  const termEnd = optionalLocalDate(command.termEnd, 'termEnd');
  if (termStart > today) throw validationError('termStart', 'must not be in the future');
  if (termEnd !== null && termEnd <= termStart) throw validationError('termEnd', 'must be after termStart');

  const unit = openUnit(state, command.unitId);
  if (command.member.status === 'None') {
    throw new DomainError('OFFICER.MEMBER_NOT_FOUND', `Member ${memberId} is not registered`, 'memberId');
  }
  if (command.member.status === 'Left') {
    throw new DomainError('OFFICER.MEMBER_LEFT', `Member ${memberId} has left the organization`, 'memberId');
  }
  const holders = unit.officers.filter((term) => term.position === position);
  if (holders.some((term) => term.memberId === memberId)) {
    throw new DomainError('OFFICER.ALREADY_HOLDS', `Member ${memberId} already holds ${position} in ${unit.unitId}`, 'memberId');
  }
  const holder = holders[0];
  if (holder && SINGLE_HOLDER_POSITIONS.includes(position)) {
    throw new DomainError(
      'OFFICER.POSITION_OCCUPIED',
      `${position} of ${unit.unitId} is held by ${holder.memberId}; relieve them first`,
      'position',
      { holderMemberId: holder.memberId },
    );
  }
  return [
    decided<OfficerAppointed>(
      { type: 'OfficerAppointed', data: { unitId: unit.unitId, memberId, position, title, termStart, termEnd } },
      { occurredAt: localNoon(termStart, DEFAULT_TIME_ZONE), unitPath: unit.path },
    ),
  ];
};
