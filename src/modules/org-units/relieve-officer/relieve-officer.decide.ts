import { type OfficerRelieved, POSITIONS, type Position } from '../../../events/org-units.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError, validationError } from '../../shared-kernel/domain-error';
import { entityId, oneOf } from '../../shared-kernel/id.validation';
import { TEXT_LIMITS, optionalText } from '../../shared-kernel/text.validation';
import { DEFAULT_TIME_ZONE, localDateOf, localNoon, optionalLocalDate } from '../../shared-kernel/time.validation';
import { existingUnit } from '../org-units.rules';
import type { OrgUnitState } from '../org-units.state';

export interface RelieveOfficer {
  readonly unitId: string;
  readonly memberId: string;
  readonly position: string;
  readonly relievedOn: unknown;
  readonly reason: unknown;
  readonly now: Instant;
}

// A dissolved unit may still relieve its officers: closing the books is part of dissolving.
export const decide = (command: RelieveOfficer, state: OrgUnitState): readonly Decided<OfficerRelieved>[] => {
  const memberId = entityId(command.memberId, 'memberId');
  const position = oneOf<Position>(command.position, POSITIONS, 'position');
  const reason = optionalText(command.reason, 'reason', { max: TEXT_LIMITS.reason, multiline: true });
  const today = localDateOf(command.now, DEFAULT_TIME_ZONE);
  const relievedOn = optionalLocalDate(command.relievedOn, 'relievedOn') ?? today;
  if (relievedOn > today) throw validationError('relievedOn', 'must not be in the future');

  const unit = existingUnit(state, command.unitId);
  const term = unit.officers.find((held) => held.memberId === memberId && held.position === position);
  if (!term) {
    throw new DomainError('OFFICER.NOT_HOLDING', `Member ${memberId} does not hold ${position} in ${unit.unitId}`, 'memberId');
  }
  if (relievedOn < term.since) throw validationError('relievedOn', `must not be before the term started (${term.since})`);
  return [
    decided<OfficerRelieved>(
      { type: 'OfficerRelieved', data: { unitId: unit.unitId, memberId, position, relievedOn, reason } },
      { occurredAt: localNoon(relievedOn, DEFAULT_TIME_ZONE), unitPath: unit.path },
    ),
  ];
};
