import type { DomainEventType } from '../../events/registry';
import type { ProjectedEvent, Projection, Rows } from '../runner/projection';
import { addToDay } from './activity.days';
import { meetingHeld, meetingRecordCorrected } from './activity.meetings';
import { resolutionAdopted, resolutionRescinded, resolutionStatusChanged } from './activity.resolutions';
import { ACTIVITY_TABLES } from './activity.tables';
import { unitEvent } from './activity.units';

const HANDLES = [
  'OrgUnitEstablished',
  'OrgUnitRenamed',
  'OrgUnitDissolved',
  'OfficerAppointed',
  'MemberJoined',
  'MemberLeft',
  'MemberTransferred',
  'MeetingHeld',
  'MeetingRecordCorrected',
  'ResolutionAdopted',
  'ResolutionStatusChanged',
  'ResolutionRescinded',
] as const satisfies readonly DomainEventType[];

/**
 * Activity per unit per local calendar day. A unit's figures for any period and
 * subtree are SUMs over these buckets (path prefix, day range), so reading costs
 * the same however many events made them.
 */
export const activityProjection: Projection = {
  name: 'activity',
  version: 1,
  handles: HANDLES,
  tables: ACTIVITY_TABLES,
  async apply(event: ProjectedEvent, rows: Rows): Promise<void> {
    const unitPath = event.metadata.unitPath;
    switch (event.type) {
      case 'OrgUnitEstablished':
      case 'OrgUnitRenamed':
      case 'OrgUnitDissolved':
        return unitEvent(event, rows);
      case 'OfficerAppointed':
        return addToDay(rows, { unitId: event.data.unitId, unitPath, day: event.data.termStart }, { officersAppointed: 1 });
      case 'MemberJoined':
        return addToDay(rows, { unitId: event.data.unitId, unitPath, day: event.data.joinedOn }, { membersJoined: 1 });
      case 'MemberLeft':
        return addToDay(rows, { unitId: event.data.unitId, unitPath, day: event.data.leftOn }, { membersLeft: 1 });
      case 'MemberTransferred': {
        // The event is recorded under the destination's path; the origin's path travels in the payload.
        const { fromUnitId, fromUnitPath, toUnitId, transferredOn } = event.data;
        await addToDay(rows, { unitId: fromUnitId, unitPath: fromUnitPath, day: transferredOn }, { membersTransferredOut: 1 });
        return addToDay(rows, { unitId: toUnitId, unitPath, day: transferredOn }, { membersTransferredIn: 1 });
      }
      case 'MeetingHeld':
        return meetingHeld(event, rows);
      case 'MeetingRecordCorrected':
        return meetingRecordCorrected(event, rows);
      case 'ResolutionAdopted':
        return resolutionAdopted(event, rows);
      case 'ResolutionStatusChanged':
        return resolutionStatusChanged(event, rows);
      case 'ResolutionRescinded':
        return resolutionRescinded(event, rows);
      default:
        return;
    }
  },
};
