import fixture from '../fixtures/el-hajeb-2021-06-07.json';
import type { TestApp } from './test-app';

export { fixture };

type Fixture = typeof fixture;
type Person = Fixture['people'][number];

/** Where each person of the article is registered: the unit whose office they hold. */
const homeUnit = (person: Person): string => fixture.positions.find((position) => position.person === person.ref)!.orgUnit;

const mutate = async (app: TestApp, mutation: string, input: Record<string, unknown>): Promise<{ id: string; streamId: string; position: string }> => {
  const result = await app.graphql(`mutation Record($input: ${inputType(mutation)}!) { ${mutation}(input: $input) { id streamId revision position } }`, { input });
  if (result.errors) throw new Error(`${mutation} failed: ${JSON.stringify(result.errors)}`);
  return result.data![mutation];
};

const inputType = (mutation: string): string => `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;

export interface RecordedExample {
  readonly streamIds: string[];
  readonly meetingId: string;
  readonly resolutionIds: string[];
}

/** Records the El Hajeb article through the public mutations only, in the order a recorder would. */
export const recordWorkedExample = async (app: TestApp): Promise<RecordedExample> => {
  const streamIds: string[] = [];
  for (const unit of fixture.orgUnits) {
    const written = await mutate(app, 'establishOrgUnit', {
      unitId: unit.ref,
      parentId: unit.parent ?? null,
      level: unit.level,
      kind: unit.kind,
      name: unit.name,
      shortName: unit.shortName ?? null,
      territory: unit.territory ? { country: unit.territory.country, region: unit.territory.region, province: unit.territory.province ?? null } : null,
    });
    streamIds.push(written.streamId);
  }
  for (const person of fixture.people) {
    const written = await mutate(app, 'registerMember', {
      memberId: person.ref,
      unitId: homeUnit(person),
      fullName: person.fullName,
      honorific: person.honorific,
      joinedOn: '2015-01-01',
    });
    streamIds.push(written.streamId);
  }
  for (const position of fixture.positions) {
    await mutate(app, 'appointOfficer', {
      unitId: position.orgUnit,
      memberId: position.person,
      position: position.position,
      title: position.title,
      termStart: '2020-01-01',
    });
  }
  const { meeting } = fixture;
  const held = await mutate(app, 'recordMeeting', {
    meetingId: meeting.ref,
    unitId: meeting.orgUnit,
    kind: meeting.kind,
    title: meeting.title,
    heldOn: meeting.heldOn,
    partOfDay: meeting.partOfDay,
    timeZone: meeting.timeZone,
    venue: meeting.venue,
    chairs: meeting.chairs.map((memberId) => ({ memberId })),
    attendees: meeting.attendees.map((attendee) =>
      'person' in attendee ? { memberId: attendee.person, role: attendee.role } : { group: attendee.group, count: attendee.count },
    ),
    agenda: meeting.agenda,
    summary: meeting.summary,
    summaryLanguage: meeting.summaryLanguage,
  });
  streamIds.push(held.streamId);
  const resolutionIds: string[] = [];
  for (const resolution of fixture.resolutions) {
    const adopted = await mutate(app, 'adoptResolution', {
      resolutionId: `${meeting.ref}-${resolution.ref}`,
      meetingId: held.id,
      kind: resolution.kind,
      text: resolution.text,
    });
    streamIds.push(adopted.streamId);
    resolutionIds.push(adopted.id);
  }
  return { streamIds, meetingId: held.id, resolutionIds };
};
