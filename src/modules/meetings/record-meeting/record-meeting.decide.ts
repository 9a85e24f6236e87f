import type { MeetingHeld } from '../../../events/meetings.events';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError } from '../../shared-kernel/domain-error';
import { entityId, unitId as validUnitId } from '../../shared-kernel/id.validation';
import { openUnit } from '../../org-units/org-units.rules';
import type { OrgUnitState } from '../../org-units/org-units.state';
import { meetingOccurredAt } from '../meeting-occurred-at';
import { checkMeetingRecord, type RecordWorld } from '../meeting-record.rules';
import { type MeetingRecordDraft, validMeetingRecord } from '../meeting-record.validation';
import type { MeetingState } from '../meetings.state';

export interface RecordMeeting extends MeetingRecordDraft, RecordWorld {
  readonly meetingId: string;
  readonly unitId: string;
  /** The unit's state, loaded by the handler; `None` when it does not exist. */
  readonly unit: OrgUnitState;
}

export const decide = (command: RecordMeeting, state: MeetingState): readonly Decided<MeetingHeld>[] => {
  const meetingId = entityId(command.meetingId, 'meetingId');
  const unitId = validUnitId(command.unitId, 'unitId');
  const record = validMeetingRecord(command);

  if (state.status !== 'None') {
    throw new DomainError('MEETING.ALREADY_RECORDED', `Meeting ${meetingId} is already recorded`, 'meetingId');
  }
  const unit = openUnit(command.unit, unitId);
  checkMeetingRecord(record, command);
  return [
    decided<MeetingHeld>(
      { type: 'MeetingHeld', data: { meetingId, unitId, ...record } },
      { occurredAt: meetingOccurredAt(record), unitPath: unit.path },
    ),
  ];
};
