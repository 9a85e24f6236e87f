import type { Attendee, Participant } from '../../events/meetings.events';
import { LANGUAGES, type LocalizedText } from '../../events/shared.types';
import type { Figures, MeetingRow } from './activity.tables';

// A guest has no id: the name as recorded, in a fixed language order, stands for the person.
const nameKey = (name: LocalizedText): string => JSON.stringify(LANGUAGES.filter((language) => name[language] !== undefined).map((language) => [language, name[language]]));

const personKey = (participant: Participant): string =>
  participant.kind === 'MEMBER' ? `member:${participant.memberId}` : `guest:${nameKey(participant.name)}`;

const distinct = (keys: readonly string[]): string[] => [...new Set(keys)].sort();

export const chairKeys = (chairs: readonly Participant[]): string[] => distinct(chairs.map(personKey));

export interface AttendeeFacts {
  readonly attendeeKeys: string[];
  readonly attendanceCounted: number;
  readonly attendanceUnknownGroups: number;
}

/** Named people are counted once each; a group adds its count, or one "unknown group" when the record gives none. */
export const attendeeFacts = (attendees: readonly Attendee[]): AttendeeFacts => {
  const people: string[] = [];
  let counted = 0;
  let unknown = 0;
  for (const attendee of attendees) {
    if (attendee.kind !== 'GROUP') people.push(personKey(attendee));
    else if (attendee.count === null) unknown += 1;
    else counted += attendee.count;
  }
  return { attendeeKeys: distinct(people), attendanceCounted: counted, attendanceUnknownGroups: unknown };
};

/** What one meeting adds to its day: chairs not listed as attendees still attended. */
export const meetingFigures = (meeting: MeetingRow): Partial<Figures> => ({
  meetingsHeld: 1,
  attendanceNamed: new Set([...meeting.chairKeys, ...meeting.attendeeKeys]).size,
  attendanceCounted: meeting.attendanceCounted,
  attendanceUnknownGroups: meeting.attendanceUnknownGroups,
});
