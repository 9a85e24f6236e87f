import { client, mutate } from './client';

interface Written {
  readonly id: string;
  readonly position: string;
}

// Recorded as the key's principal: mutate sends the dashboard's API key.
const record = async (mutation: string, input: Record<string, unknown>): Promise<Written> => {
  const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const data = await mutate<Record<string, Written>>(`mutation Example($input: ${type}!) { ${mutation}(input: $input) { id position } }`, { input });
  return data[mutation]!;
};

/**
 * Records the worked example (test/fixtures/el-hajeb-2021-06-07.json: the El
 * Hajeb meeting of 7 June 2021) through the public mutations, as a recorder
 * would, and waits until the read models include it. The fixture is loaded
 * only when asked for, so it costs the dashboard nothing otherwise.
 */
export const loadWorkedExample = async (): Promise<{ readonly unitId: string; readonly period: string }> => {
  const { default: fixture } = await import('../../../test/fixtures/el-hajeb-2021-06-07.json');
  const home = (person: string) => fixture.positions.find((position) => position.person === person)!.orgUnit;
  // The units differ in which optional keys they carry; read them all as optional.
  for (const unit of fixture.orgUnits as ReadonlyArray<(typeof fixture.orgUnits)[number] & { parent?: string; shortName?: object; territory?: object }>) {
    await record('establishOrgUnit', {
      unitId: unit.ref, parentId: unit.parent ?? null, level: unit.level, kind: unit.kind, name: unit.name, shortName: unit.shortName ?? null, territory: unit.territory ?? null,
    });
  }
  for (const person of fixture.people) {
    await record('registerMember', { memberId: person.ref, unitId: home(person.ref), fullName: person.fullName, honorific: person.honorific, joinedOn: '2015-01-01' });
  }
  for (const position of fixture.positions) {
    await record('appointOfficer', { unitId: position.orgUnit, memberId: position.person, position: position.position, title: position.title, termStart: '2020-01-01' });
  }
  const { meeting } = fixture;
  const held = await record('recordMeeting', {
    meetingId: meeting.ref, unitId: meeting.orgUnit, kind: meeting.kind, title: meeting.title, heldOn: meeting.heldOn, partOfDay: meeting.partOfDay,
    timeZone: meeting.timeZone, venue: meeting.venue, chairs: meeting.chairs.map((memberId) => ({ memberId })),
    attendees: meeting.attendees.map((a) => ('person' in a ? { memberId: a.person, role: a.role } : { group: a.group, count: a.count })),
    agenda: meeting.agenda, summary: meeting.summary, summaryLanguage: meeting.summaryLanguage,
  });
  let last = held;
  for (const resolution of fixture.resolutions) {
    last = await record('adoptResolution', { resolutionId: `${meeting.ref}-${resolution.ref}`, meetingId: held.id, kind: resolution.kind, text: resolution.text });
  }
  await client.query('query Fresh($p: String) { orgUnit(id: "pam", minPosition: $p) { id } }', { p: last.position }).toPromise();
  return { unitId: 'fes-meknes', period: meeting.heldOn.slice(0, 7) };
};
