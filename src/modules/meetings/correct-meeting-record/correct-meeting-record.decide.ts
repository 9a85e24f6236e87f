import type { MeetingRecordCorrected } from '../../../events/meetings.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError } from '../../shared-kernel/domain-error';
import { entityId } from '../../shared-kernel/id.validation';
import { TEXT_LIMITS, requiredText } from '../../shared-kernel/text.validation';
import { existingUnit } from '../../org-units/org-units.rules';
import type { OrgUnitState } from '../../org-units/org-units.state';
import { meetingOccurredAt } from '../meeting-occurred-at';
import { checkMeetingRecord, PARTICIPANT_LISTS, type RecordWorld } from '../meeting-record.rules';
import { type MeetingRecordDraft, validRecordFields } from '../meeting-record.validation';
import type { MeetingState } from '../meetings.state';
import { recordDiff } from './record-diff';

export interface CorrectMeetingRecord extends RecordWorld {
  readonly meetingId: string;
  readonly reason: unknown;
  /** Only the fields the client sent: absent leaves a field as it is, null clears it. The unit is not among them. */
  readonly fields: Partial<MeetingRecordDraft>;
  /** The meeting's unit, loaded by the handler for its path. */
  readonly unit: OrgUnitState;
  readonly now: Instant;
}

export const decide = (command: CorrectMeetingRecord, state: MeetingState): readonly Decided<MeetingRecordCorrected>[] => {
  const meetingId = entityId(command.meetingId, 'meetingId');
  const reason = requiredText(command.reason, 'reason', { max: TEXT_LIMITS.reason, multiline: true });
  const proposed = validRecordFields(command.fields);

  if (state.status !== 'Held') throw new DomainError('MEETING.NOT_FOUND', `Meeting ${meetingId} is not recorded`, 'meetingId');
  const { changes, previous } = recordDiff(state.record, proposed);
  if (Object.keys(changes).length === 0) {
    throw new DomainError('MEETING.NOTHING_CORRECTED', `The correction repeats meeting ${meetingId} as it stands`);
  }
  const record = { ...state.record, ...changes };
  checkMeetingRecord(record, command, PARTICIPANT_LISTS.filter((list) => list in changes));
  const unit = existingUnit(command.unit, state.unitId, 'meetingId');
  return [
    decided<MeetingRecordCorrected>(
      { type: 'MeetingRecordCorrected', data: { meetingId, unitId: state.unitId, changes, previous, reason } },
      { occurredAt: meetingOccurredAt(record), unitPath: unit.path },
    ),
  ];
};
