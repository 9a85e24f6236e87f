import type { MeetingHeld, MeetingRecordCorrected } from '../../events/meetings.events';
import type { ProjectedEvent, Rows } from '../runner/projection';
import { attendeeFacts, chairKeys, meetingFigures } from './activity.attendance';
import { addToDay } from './activity.days';
import { cite, countedFigures, sourceOf } from './activity.evidence';
import type { Figure, FigureSources, MeetingRow, ResolutionRow, Source } from './activity.tables';

export const meetingHeld = async (event: ProjectedEvent<MeetingHeld>, rows: Rows): Promise<void> => {
  const { meetingId, unitId, heldOn, chairs, attendees } = event.data;
  if (await rows.get<MeetingRow>('meetings', meetingId)) return;
  const facts = { id: meetingId, unitId, unitPath: event.metadata.unitPath, day: heldOn, chairKeys: chairKeys(chairs), ...attendeeFacts(attendees), resolutionIds: [] };
  const figures = meetingFigures({ ...facts, sources: {} });
  const sources: FigureSources = Object.fromEntries(Object.keys(figures).map((figure) => [figure, [sourceOf(event)]]));
  const meeting: MeetingRow = { ...facts, sources };
  rows.put('meetings', meeting);
  await addToDay(rows, meeting, figures);
  for (const figure of countedFigures(figures)) cite(rows, meeting, meetingId, figure, sources[figure]!);
};

/**
 * A correction carries only the fields it changed; the rest comes from the meeting
 * row. What the meeting contributed is taken back from its old day and the corrected
 * figures are added to its (possibly new) day; the evidence follows: the correction
 * joins the sources of every figure it changed, and a figure it brought to zero is
 * no longer backed by anything.
 */
export const meetingRecordCorrected = async (event: ProjectedEvent<MeetingRecordCorrected>, rows: Rows): Promise<void> => {
  const { meetingId, changes } = event.data;
  const before = await rows.get<MeetingRow>('meetings', meetingId);
  if (!before) return;
  const corrected: MeetingRow = {
    ...before,
    day: changes.heldOn ?? before.day,
    chairKeys: changes.chairs ? chairKeys(changes.chairs) : before.chairKeys,
    ...(changes.attendees && attendeeFacts(changes.attendees)),
  };
  const was = meetingFigures(before);
  const is = meetingFigures(corrected);
  const moved = corrected.day !== before.day;
  if (!moved && JSON.stringify(was) === JSON.stringify(is)) return;
  const changed = (Object.keys(is) as Figure[]).filter((figure) => moved || was[figure] !== is[figure]);
  const sources: FigureSources = { ...before.sources, ...Object.fromEntries(changed.map((figure) => [figure, [...(before.sources[figure] ?? []), sourceOf(event)]])) };
  const after: MeetingRow = { ...corrected, sources };
  rows.put('meetings', after);
  await addToDay(rows, before, was, -1);
  await addToDay(rows, after, is);
  for (const figure of countedFigures(was)) if (!is[figure]) cite(rows, before, meetingId, figure, before.sources[figure] ?? [], true);
  for (const figure of countedFigures(is)) if (changed.includes(figure)) cite(rows, after, meetingId, figure, sources[figure] ?? []);
  if (moved) await moveResolutions(rows, before, after.day, sourceOf(event));
};

/** Resolutions are dated on their meeting's day, so a corrected heldOn moves them, and their evidence, too. */
const moveResolutions = async (rows: Rows, meeting: MeetingRow, day: string, correction: Source): Promise<void> => {
  for (const resolutionId of meeting.resolutionIds) {
    const resolution = await rows.get<ResolutionRow>('resolutions', resolutionId);
    if (!resolution || resolution.day !== meeting.day) continue;
    const sources = [...resolution.sources, correction];
    rows.put('resolutions', { ...resolution, day, sources });
    await addToDay(rows, { ...resolution, day: meeting.day }, { resolutionsAdopted: 1 }, -1);
    await addToDay(rows, { ...resolution, day }, { resolutionsAdopted: 1 });
    cite(rows, { ...resolution, day }, resolutionId, 'resolutionsAdopted', sources);
  }
};
