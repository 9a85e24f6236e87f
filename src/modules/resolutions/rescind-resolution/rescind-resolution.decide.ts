import type { ResolutionRescinded } from '../../../events/resolutions.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { entityId } from '../../shared-kernel/id.validation';
import { TEXT_LIMITS, requiredText } from '../../shared-kernel/text.validation';
import { localNoon, optionalLocalDate } from '../../shared-kernel/time.validation';
import { existingUnit } from '../../org-units/org-units.rules';
import type { OrgUnitState } from '../../org-units/org-units.state';
import { followUpDate, FOLLOW_UP_TIME_ZONE, inForce } from '../resolution.rules';
import type { ResolutionState } from '../resolutions.state';

export interface RescindResolution {
  readonly resolutionId: string;
  readonly reason: unknown;
  /** Today in Africa/Casablanca when null. */
  readonly rescindedOn: string | null;
  /** The resolution's unit, loaded by the handler for its path. */
  readonly unit: OrgUnitState;
  readonly now: Instant;
}

export const decide = (command: RescindResolution, state: ResolutionState): readonly Decided<ResolutionRescinded>[] => {
  const resolutionId = entityId(command.resolutionId, 'resolutionId');
  const reason = requiredText(command.reason, 'reason', { max: TEXT_LIMITS.reason, multiline: true });
  const requested = optionalLocalDate(command.rescindedOn, 'rescindedOn');

  const resolution = inForce(state, resolutionId);
  const rescindedOn = followUpDate(requested, 'rescindedOn', resolution.adoptedOn, command.now);
  const unit = existingUnit(command.unit, resolution.unitId, 'resolutionId');
  return [
    decided<ResolutionRescinded>(
      { type: 'ResolutionRescinded', data: { resolutionId, unitId: resolution.unitId, rescindedOn, reason } },
      { occurredAt: localNoon(rescindedOn, FOLLOW_UP_TIME_ZONE), unitPath: unit.path },
    ),
  ];
};
