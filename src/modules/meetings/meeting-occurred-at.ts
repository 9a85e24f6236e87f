import type { MeetingRecord } from '../../events/meetings.events';
import type { Instant } from '../../events/shared.types';
import { localNoon } from '../shared-kernel/time.validation';

/** When a meeting happened in the world: its start, or noon of its day when the record gives no time. */
export const meetingOccurredAt = (record: Pick<MeetingRecord, 'heldOn' | 'startsAt' | 'timeZone'>): Instant =>
  record.startsAt ?? localNoon(record.heldOn, record.timeZone);
