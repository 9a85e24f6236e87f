import type { OrgUnitRenamed } from '../../../events/org-units.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError } from '../../shared-kernel/domain-error';
import { TEXT_LIMITS, localizedText, optionalLocalizedText, optionalText, sameLocalizedText } from '../../shared-kernel/text.validation';
import { openUnit } from '../org-units.rules';
import type { OrgUnitState } from '../org-units.state';

export interface RenameOrgUnit {
  readonly unitId: string;
  readonly name: unknown;
  readonly shortName: unknown;
  readonly reason: unknown;
  readonly now: Instant;
}

export const decide = (command: RenameOrgUnit, state: OrgUnitState): readonly Decided<OrgUnitRenamed>[] => {
  const name = localizedText(command.name, 'name', { max: TEXT_LIMITS.name });
  const shortName = optionalLocalizedText(command.shortName, 'shortName', { max: TEXT_LIMITS.name });
  const reason = optionalText(command.reason, 'reason', { max: TEXT_LIMITS.reason, multiline: true });
  const unit = openUnit(state, command.unitId);
  if (sameLocalizedText(unit.name, name) && sameLocalizedText(unit.shortName, shortName)) {
    throw new DomainError('ORG_UNIT.UNCHANGED', `Unit ${command.unitId} already has this name`, 'name');
  }
  return [
    decided<OrgUnitRenamed>(
      { type: 'OrgUnitRenamed', data: { unitId: unit.unitId, name, shortName, previousName: unit.name, reason } },
      { occurredAt: command.now, unitPath: unit.path },
    ),
  ];
};
