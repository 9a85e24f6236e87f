import type { Attendee, MeetingRecord } from '../../events/meetings.events';
import { LANGUAGES, type LocalizedText } from '../../events/shared.types';
import type { Territory } from '../../events/org-units.events';
import type { SearchText } from './text/index-text';

export const SEARCH_KINDS = ['UNIT', 'MEMBER', 'MEETING', 'RESOLUTION'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One document per searchable thing; its row id says which. */
export const documentId = (kind: SearchKind, entityId: string): string => `${kind}:${entityId}`;

/** Every language of a text, as pieces of a document. */
export const textsOf = (field: string, text: LocalizedText | null | undefined, title = false): SearchText[] =>
  LANGUAGES.flatMap((language) => {
    const value = text?.[language];
    return value ? [{ field, language, text: value, title }] : [];
  });

export const unitTexts = (name: LocalizedText, shortName: LocalizedText | null, territory: Territory | null): SearchText[] => {
  const places = territory ? [territory.region, territory.province, territory.commune, territory.code].filter((part): part is string => !!part) : [];
  return [
    ...textsOf('name', name, true),
    ...textsOf('shortName', shortName, true),
    // Territory names are recorded in French (the HCP's spelling).
    ...(places.length > 0 ? [{ field: 'territory', language: 'fr' as const, text: places.join(' · '), title: false }] : []),
  ];
};

export const memberTexts = (fullName: LocalizedText, honorific: LocalizedText | null): SearchText[] => [
  ...textsOf('fullName', fullName, true),
  ...textsOf('honorific', honorific),
];

/** The parts of a meeting record that are words: title, agenda, summary, venue, named guests and groups. */
export type SearchableMeeting = Pick<MeetingRecord, 'title' | 'agenda' | 'summary' | 'venue' | 'chairs' | 'attendees'>;

export const MEETING_FIELDS: readonly (keyof SearchableMeeting)[] = ['title', 'agenda', 'summary', 'venue', 'chairs', 'attendees'];

const participantTexts = (field: string, participants: readonly Attendee[]): SearchText[] =>
  participants.flatMap((participant, index) =>
    participant.kind === 'GUEST' ? textsOf(`${field}.${index}`, participant.name) : participant.kind === 'GROUP' ? textsOf(`${field}.${index}`, participant.label) : [],
  );

const meetingFieldTexts = <K extends keyof SearchableMeeting>(field: K, value: SearchableMeeting[K]): SearchText[] => {
  const record = { [field]: value } as Partial<SearchableMeeting>;
  switch (field) {
    case 'title':
      return textsOf('title', record.title, true);
    case 'agenda':
      return (record.agenda ?? []).flatMap((item, index) => textsOf(`agenda.${index}`, item));
    case 'summary':
      return textsOf('summary', record.summary);
    case 'venue':
      return [...textsOf('venue.name', record.venue?.name), ...textsOf('venue.locality', record.venue?.locality)];
    case 'chairs':
      return participantTexts('chairs', record.chairs ?? []);
    default:
      return participantTexts('attendees', record.attendees ?? []);
  }
};

export const meetingTexts = (record: SearchableMeeting): SearchText[] => MEETING_FIELDS.flatMap((field) => meetingFieldTexts(field, record[field]));

/** A meeting's texts after a correction: the corrected fields' texts replaced, the others kept, in the same order. */
export const correctedMeetingTexts = (texts: readonly SearchText[], changes: Partial<SearchableMeeting>): SearchText[] =>
  MEETING_FIELDS.flatMap((field) =>
    field in changes && changes[field] !== undefined
      ? meetingFieldTexts(field, changes[field])
      : texts.filter((text) => text.field.split('.')[0] === field),
  );

export const resolutionTexts = (text: LocalizedText): SearchText[] => textsOf('text', text, true);
