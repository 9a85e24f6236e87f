import type { ResolutionAdopted, ResolutionRescinded, ResolutionStatusChanged } from '../../events/resolutions.events';
import type { ProjectedEvent, Rows } from '../runner/projection';
import { addToDay } from './activity.days';
import { cite, sourceOf } from './activity.evidence';
import type { MeetingRow, ResolutionRow } from './activity.tables';

type ResolutionEvent = ProjectedEvent<ResolutionAdopted | ResolutionStatusChanged | ResolutionRescinded>;

/** The row, or one made from the event itself when the adoption was never seen: a fact still counts. */
const resolutionOf = async (event: ResolutionEvent, rows: Rows): Promise<ResolutionRow> =>
  (await rows.get<ResolutionRow>('resolutions', event.data.resolutionId)) ?? {
    id: event.data.resolutionId,
    unitId: event.data.unitId,
    unitPath: event.metadata.unitPath,
    meetingId: null,
    day: null,
    status: 'ADOPTED',
    implementedOn: null,
    rescindedOn: null,
    sources: [],
  };

/** Counted on its meeting's current day (the write side dates it so), which a later correction may move. */
export const resolutionAdopted = async (event: ProjectedEvent<ResolutionAdopted>, rows: Rows): Promise<void> => {
  const { resolutionId, meetingId, unitId, adoptedOn } = event.data;
  if (await rows.get<ResolutionRow>('resolutions', resolutionId)) return;
  const meeting = await rows.get<MeetingRow>('meetings', meetingId);
  const day = meeting?.day ?? adoptedOn;
  if (meeting) rows.put('meetings', { ...meeting, resolutionIds: [...meeting.resolutionIds, resolutionId] });
  const sources = [sourceOf(event)];
  const resolution: ResolutionRow = { id: resolutionId, unitId, unitPath: event.metadata.unitPath, meetingId, day, status: 'ADOPTED', implementedOn: null, rescindedOn: null, sources };
  rows.put('resolutions', resolution);
  await addToDay(rows, { unitId, unitPath: resolution.unitPath, day }, { resolutionsAdopted: 1 });
  cite(rows, { unitId, unitPath: resolution.unitPath, day }, resolutionId, 'resolutionsAdopted', sources);
};

/** "Implemented" counts the day a resolution first reaches IMPLEMENTED; moving away later does not rewrite that day. */
export const resolutionStatusChanged = async (event: ProjectedEvent<ResolutionStatusChanged>, rows: Rows): Promise<void> => {
  const { to, changedOn } = event.data;
  const resolution = await resolutionOf(event, rows);
  const firstImplemented = to === 'IMPLEMENTED' && resolution.implementedOn === null;
  rows.put('resolutions', { ...resolution, status: to, implementedOn: firstImplemented ? changedOn : resolution.implementedOn });
  if (!firstImplemented) return;
  await addToDay(rows, { ...resolution, day: changedOn }, { resolutionsImplemented: 1 });
  cite(rows, { ...resolution, day: changedOn }, resolution.id, 'resolutionsImplemented', [sourceOf(event)]);
};

export const resolutionRescinded = async (event: ProjectedEvent<ResolutionRescinded>, rows: Rows): Promise<void> => {
  const { rescindedOn } = event.data;
  const resolution = await resolutionOf(event, rows);
  if (resolution.rescindedOn !== null) return;
  rows.put('resolutions', { ...resolution, rescindedOn });
  await addToDay(rows, { ...resolution, day: rescindedOn }, { resolutionsRescinded: 1 });
  cite(rows, { ...resolution, day: rescindedOn }, resolution.id, 'resolutionsRescinded', [sourceOf(event)]);
};
