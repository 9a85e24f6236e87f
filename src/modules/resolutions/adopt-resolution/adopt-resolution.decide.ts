import { RESOLUTION_KINDS, type ResolutionAdopted, type ResolutionKind } from '../../../events/resolutions.events';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError } from '../../shared-kernel/domain-error';
import { entityId, oneOf, unitId as validUnitId } from '../../shared-kernel/id.validation';
import { TEXT_LIMITS, localizedText } from '../../shared-kernel/text.validation';
import { optionalLocalDate } from '../../shared-kernel/time.validation';
import { meetingOccurredAt } from '../../meetings/meeting-occurred-at';
import type { MeetingState } from '../../meetings/meetings.state';
import { existingUnit } from '../../org-units/org-units.rules';
import type { OrgUnitState } from '../../org-units/org-units.state';
import type { ResolutionState } from '../resolutions.state';

export interface AdoptResolution {
  readonly resolutionId: string;
  readonly meetingId: string;
  /** Optional; when given it must be the meeting's unit, which is the one recorded either way. */
  readonly unitId: string | null;
  readonly kind: string;
  readonly text: unknown;
  readonly dueOn: string | null;
  /** The meeting and its unit, loaded by the handler; `None` when absent. */
  readonly meeting: MeetingState;
  readonly unit: OrgUnitState;
}

export const decide = (command: AdoptResolution, state: ResolutionState): readonly Decided<ResolutionAdopted>[] => {
  const resolutionId = entityId(command.resolutionId, 'resolutionId');
  const meetingId = entityId(command.meetingId, 'meetingId');
  const unitId = command.unitId === null ? null : validUnitId(command.unitId, 'unitId');
  const kind = oneOf<ResolutionKind>(command.kind, RESOLUTION_KINDS, 'kind');
  const text = localizedText(command.text, 'text', { max: TEXT_LIMITS.paragraph, multiline: true });
  const dueOn = optionalLocalDate(command.dueOn, 'dueOn');

  if (state.lifecycle !== 'None') {
    throw new DomainError('RESOLUTION.ALREADY_ADOPTED', `Resolution ${resolutionId} is already adopted`, 'resolutionId');
  }
  const { meeting } = command;
  if (meeting.status !== 'Held') throw new DomainError('RESOLUTION.MEETING_NOT_FOUND', `Meeting ${meetingId} is not recorded`, 'meetingId');
  if (unitId !== null && unitId !== meeting.unitId) {
    throw new DomainError('RESOLUTION.UNIT_MISMATCH', `Meeting ${meetingId} was held by ${meeting.unitId}, not ${unitId}`, 'unitId', {
      meetingUnitId: meeting.unitId,
    });
  }
  const adoptedOn = meeting.record.heldOn;
  if (dueOn !== null && dueOn < adoptedOn) {
    throw new DomainError('RESOLUTION.BEFORE_MEETING', `dueOn: ${dueOn} is before the meeting of ${adoptedOn}`, 'dueOn', { adoptedOn });
  }
  const unit = existingUnit(command.unit, meeting.unitId, 'meetingId');
  return [
    decided<ResolutionAdopted>(
      { type: 'ResolutionAdopted', data: { resolutionId, meetingId, unitId: meeting.unitId, kind, text, adoptedOn, dueOn } },
      { occurredAt: meetingOccurredAt(meeting.record), unitPath: unit.path },
    ),
  ];
};
