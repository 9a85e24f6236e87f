import type { LocalizedText } from '../../events/shared.types';
import { ACTIVITY_EVENT_TYPES, isActivityEvent } from '../../events/registry';
import type { ProjectedEvent, Projection, Rows } from '../runner/projection';
import { type FeedItem, feedItemOf, readable, subjectOf, subjectTextOf, summaryWithoutPersonalData } from './activity-feed.item';

export type EntryRow = FeedItem;

/** An entry about a member, and its summary without their name. */
export type Mention = { readonly id: string; readonly summary: LocalizedText };

/** What earlier events said of a subject, keyed `<kind>:<id>`: later events carry only ids. */
export type SubjectRow = {
  readonly id: string;
  /** `{}` once the member's personal data is erased. */
  readonly text: LocalizedText;
  /** A member's entries, to scrub when their personal data is erased; null for other subjects. */
  readonly mentions: readonly Mention[] | null;
};

const ENTRIES = 'entries';
const SUBJECTS = 'subjects';

/** One entry per activity event, filed under the event's unit and path, newest first by position. */
export const activityFeedProjection: Projection = {
  name: 'activity_feed',
  // 2: members' mentions, so an erasure can scrub every entry that shows the name.
  version: 2,
  handles: [...ACTIVITY_EVENT_TYPES, 'MemberPersonalDataErased'],
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
    {
      name: SUBJECTS,
      columns: [
        { name: 'text', type: 'json' },
        { name: 'mentions', type: 'json', nullable: true },
      ],
    },
  ],

  async apply(event: ProjectedEvent, rows: Rows): Promise<void> {
    if (event.type === 'MemberPersonalDataErased') return scrub(event.data.memberId, rows);
    if (!isActivityEvent(event) || (await rows.get<EntryRow>(ENTRIES, event.id))) return;
    const subject = subjectOf(event);
    const subjectId = `${subject.kind}:${subject.id}`;
    const known = await rows.get<SubjectRow>(SUBJECTS, subjectId);
    const item = feedItemOf(event, readable(known?.text));
    rows.put<EntryRow>(ENTRIES, item);
    const text = subjectTextOf(event);
    // Every entry about a member is listed, named or not, so an erasure rewrites the same rows whether they were built before it or after.
    const mention: Mention | null = subject.kind === 'member' ? { id: item.id, summary: summaryWithoutPersonalData(event) } : null;
    if (!text && !mention) return;
    const mentions = mention ? [...(known?.mentions ?? []), mention] : (known?.mentions ?? null);
    rows.put<SubjectRow>(SUBJECTS, { id: subjectId, text: text ?? known?.text ?? {}, mentions });
  },
};

/** Every entry about the member reads as if their name had never been known; later entries find no name. */
const scrub = async (memberId: string, rows: Rows): Promise<void> => {
  const subjectId = `member:${memberId}`;
  const known = await rows.get<SubjectRow>(SUBJECTS, subjectId);
  for (const mention of known?.mentions ?? []) {
    const entry = await rows.get<EntryRow>(ENTRIES, mention.id);
    if (entry) rows.put<EntryRow>(ENTRIES, { ...entry, summary: mention.summary });
  }
  rows.put<SubjectRow>(SUBJECTS, { id: subjectId, text: {}, mentions: null });
};
