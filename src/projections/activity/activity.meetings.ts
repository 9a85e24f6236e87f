import type { MeetingHeld, MeetingRecordCorrected } from '../../events/meetings.events';
import type { ProjectedEvent, Rows } from '../runner/projection';
import { attendeeFacts, chairKeys, meetingFigures } from './activity.attendance';
import { addToDay } from './activity.days';
import type { MeetingRow, ResolutionRow } from './activity.tables';

export const meetingHeld = async (event: ProjectedEvent<MeetingHeld>, rows: Rows): Promise<void> => {
  const { meetingId, unitId, heldOn, chairs, attendees } = event.data;
  if (await rows.get<MeetingRow>('meetings', meetingId)) return;
  const meeting: MeetingRow = {
    id: meetingId,
    unitId,
    unitPath: event.metadata.unitPath,
    day: heldOn,
    chairKeys: chairKeys(chairs),
    ...attendeeFacts(attendees),
    resolutionIds: [],
  };
  rows.put('meetings', meeting);
  await addToDay(rows, meeting, meetingFigures(meeting));
};

/**
 * A correction carries only the fields it changed; the rest comes from the meeting
 * row. What the meeting contributed is taken back from its old day and the corrected
 * figures are added to its (possibly new) day.
 */
export const meetingRecordCorrected = async (event: ProjectedEvent<MeetingRecordCorrected>, rows: Rows): Promise<void> => {
  const { meetingId, changes } = event.data;
  const before = await rows.get<MeetingRow>('meetings', meetingId);
  if (!before) return;
  const after: MeetingRow = {
    ...before,
    day: changes.heldOn ?? before.day,
    chairKeys: changes.chairs ? chairKeys(changes.chairs) : before.chairKeys,
    ...(changes.attendees && attendeeFacts(changes.attendees)),
  };
  const was = meetingFigures(before);
  const is = meetingFigures(after);
  if (after.day === before.day && JSON.stringify(was) === JSON.stringify(is)) return;
  rows.put('meetings', after);
  await addToDay(rows, before, was, -1);
  await addToDay(rows, after, is);
  if (after.day !== before.day) await moveResolutions(rows, before, after.day);
};

/** Resolutions are dated on their meeting's day, so a corrected heldOn moves them too. */
const moveResolutions = async (rows: Rows, meeting: MeetingRow, day: string): Promise<void> => {
  for (const resolutionId of meeting.resolutionIds) {
    const resolution = await rows.get<ResolutionRow>('resolutions', resolutionId);
    if (!resolution || resolution.day !== meeting.day) continue;
    rows.put('resolutions', { ...resolution, day });
    await addToDay(rows, { ...resolution, day: meeting.day }, { resolutionsAdopted: 1 }, -1);
    await addToDay(rows, { ...resolution, day }, { resolutionsAdopted: 1 });
  }
};
