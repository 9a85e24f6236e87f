import { RESOLUTION_STATUSES, type ResolutionStatus, type ResolutionStatusChanged } from '../../../events/resolutions.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError } from '../../shared-kernel/domain-error';
import { entityId, oneOf } from '../../shared-kernel/id.validation';
import { TEXT_LIMITS, optionalText } from '../../shared-kernel/text.validation';
import { localNoon, optionalLocalDate } from '../../shared-kernel/time.validation';
import { existingUnit } from '../../org-units/org-units.rules';
import type { OrgUnitState } from '../../org-units/org-units.state';
import { followUpDate, FOLLOW_UP_TIME_ZONE, inForce } from '../resolution.rules';
import type { ResolutionState } from '../resolutions.state';

export interface ChangeResolutionStatus {
  readonly resolutionId: string;
  readonly status: string;
  /** Today in Africa/Casablanca when null. */
  readonly changedOn: string | null;
  readonly note: unknown;
  /** The resolution's unit, loaded by the handler for its path. */
  readonly unit: OrgUnitState;
  readonly now: Instant;
}

export const decide = (command: ChangeResolutionStatus, state: ResolutionState): readonly Decided<ResolutionStatusChanged>[] => {
  const resolutionId = entityId(command.resolutionId, 'resolutionId');
  const to = oneOf<ResolutionStatus>(command.status, RESOLUTION_STATUSES, 'status');
  const requested = optionalLocalDate(command.changedOn, 'changedOn');
  const note = optionalText(command.note, 'note', { max: TEXT_LIMITS.reason, multiline: true });

  const resolution = inForce(state, resolutionId);
  if (to === resolution.status) {
    throw new DomainError('RESOLUTION.STATUS_UNCHANGED', `Resolution ${resolutionId} is already ${to}`, 'status');
  }
  const changedOn = followUpDate(requested, 'changedOn', resolution.adoptedOn, command.now);
  const unit = existingUnit(command.unit, resolution.unitId, 'resolutionId');
  return [
    decided<ResolutionStatusChanged>(
      { type: 'ResolutionStatusChanged', data: { resolutionId, unitId: resolution.unitId, from: resolution.status, to, changedOn, note } },
      { occurredAt: localNoon(changedOn, FOLLOW_UP_TIME_ZONE), unitPath: unit.path },
    ),
  ];
};
