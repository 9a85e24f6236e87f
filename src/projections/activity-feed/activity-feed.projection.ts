import type { LocalizedText } from '../../events/shared.types';
import { DOMAIN_EVENT_TYPES } from '../../events/registry';
import type { ProjectedEvent, Projection, Rows } from '../runner/projection';
import { type FeedItem, feedItemOf, subjectOf, subjectTextOf } from './activity-feed.item';

export type EntryRow = FeedItem;

/** What earlier events said of a subject, keyed `<kind>:<id>`: later events carry only ids. */
export type SubjectRow = {
  readonly id: string;
  readonly text: LocalizedText;
};

const ENTRIES = 'entries';
const SUBJECTS = 'subjects';

/** One entry per activity event, filed under the event's unit and path, newest first by position. */
export const activityFeedProjection: Projection = {
  name: 'activity_feed',
  version: 1,
  handles: DOMAIN_EVENT_TYPES,
  tables: [
    {
      name: ENTRIES,
      columns: [
        { name: 'position', type: 'text' },
        { name: 'positionKey', type: 'text' },
        { name: 'type', type: 'text' },
        { name: 'unitId', type: 'text' },
        { name: 'unitPath', type: 'text' },
        { name: 'occurredAt', type: 'text' },
        { name: 'recordedAt', type: 'text' },
        { name: 'actor', type: 'text' },
        { name: 'streamId', type: 'text' },
        { name: 'subjectId', type: 'text' },
        { name: 'summary', type: 'json' },
      ],
      indexes: [
        ['unitId', 'positionKey'],
        ['unitPath', 'positionKey'],
        ['positionKey'],
      ],
    },
    { name: SUBJECTS, columns: [{ name: 'text', type: 'json' }] },
  ],

  async apply(event: ProjectedEvent, rows: Rows): Promise<void> {
    if (await rows.get<EntryRow>(ENTRIES, event.id)) return;
    const subject = subjectOf(event);
    const subjectId = `${subject.kind}:${subject.id}`;
    const known = await rows.get<SubjectRow>(SUBJECTS, subjectId);
    rows.put<EntryRow>(ENTRIES, feedItemOf(event, known?.text ?? null));
    const text = subjectTextOf(event);
    if (text) rows.put<SubjectRow>(SUBJECTS, { id: subjectId, text });
  },
};
