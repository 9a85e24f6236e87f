import type { OrgUnitDissolved } from '../../../events/org-units.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { validationError } from '../../shared-kernel/domain-error';
import { TEXT_LIMITS, optionalText } from '../../shared-kernel/text.validation';
import { DEFAULT_TIME_ZONE, localDateOf, localNoon, optionalLocalDate } from '../../shared-kernel/time.validation';
import { openUnit } from '../org-units.rules';
import type { OrgUnitState } from '../org-units.state';

export interface DissolveOrgUnit {
  readonly unitId: string;
  readonly dissolvedOn: unknown;
  readonly reason: unknown;
  readonly now: Instant;
}

export const decide = (command: DissolveOrgUnit, state: OrgUnitState): readonly Decided<OrgUnitDissolved>[] => {
  const today = localDateOf(command.now, DEFAULT_TIME_ZONE);
  const dissolvedOn = optionalLocalDate(command.dissolvedOn, 'dissolvedOn') ?? today;
  if (dissolvedOn > today) throw validationError('dissolvedOn', 'must not be in the future');
  const reason = optionalText(command.reason, 'reason', { max: TEXT_LIMITS.reason, multiline: true });
  const unit = openUnit(state, command.unitId);
  return [
    decided<OrgUnitDissolved>(
      { type: 'OrgUnitDissolved', data: { unitId: unit.unitId, dissolvedOn, reason } },
      { occurredAt: localNoon(dissolvedOn, DEFAULT_TIME_ZONE), unitPath: unit.path },
    ),
  ];
};
