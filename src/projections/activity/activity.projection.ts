import type { DomainEventType } from '../../events/registry';
import type { ProjectedEvent, Projection, Rows } from '../runner/projection';
import { countEvent } from './activity.evidence';
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
 * Activity per unit per local calendar day, and per subtree per day and per
 * month. A unit's figures for any period are SUMs over its own or its subtree's
 * buckets, so reading costs the days (or months) in range however many events
 * and units made them.
 * Beside each count, the evidence table names the events behind it.
 */
export const activityProjection: Projection = {
  name: 'activity',
  // 3: subtree day buckets; 4: subtree month buckets.
  version: 4,
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
        return countEvent(rows, { unitId: event.data.unitId, unitPath, day: event.data.termStart }, { officersAppointed: 1 }, event);
      case 'MemberJoined':
        return countEvent(rows, { unitId: event.data.unitId, unitPath, day: event.data.joinedOn }, { membersJoined: 1 }, event);
      case 'MemberLeft':
        return countEvent(rows, { unitId: event.data.unitId, unitPath, day: event.data.leftOn }, { membersLeft: 1 }, event);
      case 'MemberTransferred': {
        // The event is recorded under the destination's path; the origin's path travels in the payload.
        const { fromUnitId, fromUnitPath, toUnitId, transferredOn } = event.data;
        await countEvent(rows, { unitId: fromUnitId, unitPath: fromUnitPath, day: transferredOn }, { membersTransferredOut: 1 }, event);
        return countEvent(rows, { unitId: toUnitId, unitPath, day: transferredOn }, { membersTransferredIn: 1 }, event);
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
