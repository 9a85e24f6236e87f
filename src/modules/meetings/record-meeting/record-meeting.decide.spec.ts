import { left, joined } from '../../members/members.fixtures';
import { memberState } from '../../members/members.state';
import { elHajeb } from '../../org-units/org-units.fixtures';
import { initialState as noUnit, orgUnitState } from '../../org-units/org-units.state';
import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import type { ErrorCode } from '../../shared-kernel/domain-error';
import { BOUGOULA, EL_HAJEB_MEETING, EL_HAJEB_SUMMARY_AR, elHajebMeetingDraft, held, HJIRA } from '../meetings.fixtures';
import { initialState, meetingState } from '../meetings.state';
import { decide, type RecordMeeting } from './record-meeting.decide';

const now = '2021-06-08T10:00:00.000Z';
const unit = given(orgUnitState, elHajeb());
const members = new Map([
  [HJIRA, given(memberState, joined())],
  [BOUGOULA, given(memberState, joined({ memberId: BOUGOULA, fullName: { ar: 'عبد الإلاه بوقولا', fr: 'Abdelilah Bougoula' } }))],
]);

const record = (overrides: Partial<RecordMeeting> = {}): RecordMeeting => ({
  meetingId: EL_HAJEB_MEETING,
  unitId: 'el-hajeb',
  ...elHajebMeetingDraft(),
  unit,
  members,
  now,
  ...overrides,
});

const guest = { guestName: { fr: 'Un invité' } };

describe('record a meeting', () => {
  it('records the El Hajeb meeting: two chairs, two named attendees, two groups of unknown size, seven agenda items', () => {
    const events = decide(record(), initialState());
    expect(payloads(events)).toEqual([held()]);
    expect(events[0]!.data.agenda).toHaveLength(7);
    expect(events[0]!.context).toEqual({ occurredAt: '2021-06-07T11:00:00.000Z', unitPath: '/pam/fes-meknes/el-hajeb' });
  });

  it('keeps the Arabic summary byte for byte, newlines included', () => {
    const summary = decide(record(), initialState())[0]!.data.summary!.ar!;
    expect(Buffer.from(summary, 'utf8').equals(Buffer.from(EL_HAJEB_SUMMARY_AR, 'utf8'))).toBe(true);
    expect(summary).toContain('.\n\nالاجتماع');
  });

  it('dates the meeting at its start when the record gives one', () => {
    const events = decide(record({ startsAt: '2021-06-07T19:30:00+01:00' }), initialState());
    expect(events[0]!.data.startsAt).toBe('2021-06-07T18:30:00.000Z');
    expect(events[0]!.context.occurredAt).toBe('2021-06-07T18:30:00.000Z');
  });

  it('records guests and counted groups, in Africa/Casablanca when no zone is given, without an empty venue', () => {
    const events = decide(
      record({
        timeZone: null,
        venue: { name: null, locality: { ar: '' } },
        chairs: [{ guestName: { fr: '  Un invité  ' }, role: 'Modérateur' }],
        attendees: [{ group: { fr: 'Militants' }, count: 0 }, { group: { fr: 'Sympathisants' }, count: 40 }],
        summary: null,
        summaryLanguage: null,
      }),
      initialState(),
    );
    expect(events[0]!.data).toMatchObject({
      timeZone: 'Africa/Casablanca',
      venue: null,
      chairs: [{ kind: 'GUEST', name: { fr: 'Un invité' }, role: 'Modérateur' }],
      attendees: [
        { kind: 'GROUP', label: { fr: 'Militants' }, count: 0 },
        { kind: 'GROUP', label: { fr: 'Sympathisants' }, count: 40 },
      ],
      summary: null,
    });
  });

  it('records a meeting held earlier today', () => {
    const events = decide(record({ heldOn: '2021-06-08', startsAt: '2021-06-08T09:00:00+01:00' }), initialState());
    expect(events[0]!.data.heldOn).toBe('2021-06-08');
  });

  it("judges 'today' in the meeting's own time zone", () => {
    const events = decide(record({ heldOn: '2021-06-09', timeZone: 'Pacific/Kiritimati' }), initialState());
    expect(events[0]!.context.occurredAt).toBe('2021-06-08T22:00:00.000Z');
  });

  it('records a member who has left since', () => {
    const gone = new Map([...members, [HJIRA, given(memberState, joined(), left({ leftOn: '2021-06-08' }))]]);
    expect(decide(record({ members: gone }), initialState())).toHaveLength(1);
  });

  it('rejects a meeting already recorded', () => {
    expectRejection(() => decide(record(), given(meetingState, held())), 'MEETING.ALREADY_RECORDED', 'meetingId');
  });

  it('rejects a unit that does not exist', () => {
    expectRejection(() => decide(record({ unit: noUnit() }), initialState()), 'ORG_UNIT.NOT_FOUND', 'unitId');
  });

  it('rejects a dissolved unit', () => {
    const dissolved = given(orgUnitState, elHajeb(), {
      type: 'OrgUnitDissolved',
      data: { unitId: 'el-hajeb', dissolvedOn: '2021-01-01', reason: null },
    });
    expectRejection(() => decide(record({ unit: dissolved }), initialState()), 'ORG_UNIT.DISSOLVED', 'unitId');
  });

  it('rejects a chair who is not a member', () => {
    const onlyBougoula = new Map([...members].filter(([id]) => id !== HJIRA));
    expectRejection(() => decide(record({ members: onlyBougoula }), initialState()), 'MEETING.PARTICIPANT_NOT_FOUND', 'chairs.0.memberId');
  });

  it('rejects an attendee who is not a member', () => {
    const attendees = [{ memberId: HJIRA }, { group: { en: 'Locals' } }, { memberId: 'nobody' }];
    expectRejection(() => decide(record({ attendees }), initialState()), 'MEETING.PARTICIPANT_NOT_FOUND', 'attendees.2.memberId');
  });

  const rejections: ReadonlyArray<[string, Partial<RecordMeeting>, ErrorCode, string]> = [
    ['a meeting dated after today', { heldOn: '2021-06-09' }, 'MEETING.IN_FUTURE', 'heldOn'],
    ['a meeting that starts later today', { heldOn: '2021-06-08', startsAt: '2021-06-08T20:00:00+01:00' }, 'MEETING.IN_FUTURE', 'startsAt'],
    ['a start on another day than heldOn', { startsAt: '2021-06-06T19:00:00+01:00' }, 'VALIDATION.FAILED', 'startsAt'],
    ['a start that is not an ISO instant with an offset', { startsAt: '2021-06-07 19:00' }, 'VALIDATION.FAILED', 'startsAt'],
    ['a heldOn that is not a date', { heldOn: '07/06/2021' }, 'VALIDATION.FAILED', 'heldOn'],
    ['a heldOn that is not on the calendar', { heldOn: '2021-02-30' }, 'VALIDATION.FAILED', 'heldOn'],
    ['an unknown time zone', { timeZone: 'Africa/Atlantis' }, 'VALIDATION.FAILED', 'timeZone'],
    ['an unknown part of the day', { partOfDay: 'DUSK' }, 'VALIDATION.FAILED', 'partOfDay'],
    ['an unknown kind', { kind: 'PICNIC' }, 'VALIDATION.FAILED', 'kind'],
    ['a title with no language', { title: { ar: '  ' } }, 'VALIDATION.FAILED', 'title'],
    ['a title in an unsupported language', { title: { es: 'Reunión' } }, 'VALIDATION.FAILED', 'title.es'],
    ['a venue name longer than the bound', { venue: { name: { ar: 'م'.repeat(201) } } }, 'VALIDATION.FAILED', 'venue.name.ar'],
    ['a malformed meeting id', { meetingId: 'El Hajeb!' }, 'VALIDATION.FAILED', 'meetingId'],
    ['a malformed unit id', { unitId: 'El Hajeb' }, 'VALIDATION.FAILED', 'unitId'],
    ['a meeting with neither chair nor attendee', { chairs: [], attendees: [] }, 'VALIDATION.FAILED', 'attendees'],
    ['a chair given as both member and guest', { chairs: [{ memberId: HJIRA, ...guest }] }, 'VALIDATION.FAILED', 'chairs.0'],
    ['a chair given as neither member nor guest', { chairs: [{ memberId: HJIRA }, { role: 'Chair' }] }, 'VALIDATION.FAILED', 'chairs.1'],
    ['a malformed member id', { chairs: [{ memberId: 'Mohamed El Hjira' }] }, 'VALIDATION.FAILED', 'chairs.0.memberId'],
    ['a guest with an empty name', { chairs: [{ guestName: { fr: ' ' } }] }, 'VALIDATION.FAILED', 'chairs.0.guestName'],
    ['a role on two lines', { chairs: [{ memberId: HJIRA, role: 'Regional\nSecretary-General' }] }, 'VALIDATION.FAILED', 'chairs.0.role'],
    ['a member listed twice among the attendees', { attendees: [{ memberId: HJIRA }, { memberId: HJIRA }] }, 'VALIDATION.FAILED', 'attendees.1.memberId'],
    ['an attendee who is both a member and a group', { attendees: [{ memberId: HJIRA, group: { en: 'Locals' } }] }, 'VALIDATION.FAILED', 'attendees.0'],
    ['an attendee who is nobody', { attendees: [{ memberId: HJIRA }, {}] }, 'VALIDATION.FAILED', 'attendees.1'],
    ['a group with a negative count', { attendees: [guest, guest, { group: { en: 'Locals' }, count: -1 }] }, 'VALIDATION.FAILED', 'attendees.2.count'],
    ['a group with a fractional count', { attendees: [{ group: { en: 'Locals' }, count: 2.5 }] }, 'VALIDATION.FAILED', 'attendees.0.count'],
    ['a count on a named attendee', { attendees: [{ memberId: HJIRA, count: 1 }] }, 'VALIDATION.FAILED', 'attendees.0.count'],
    ['a role on a group', { attendees: [{ group: { en: 'Locals' }, role: 'Local secretary' }] }, 'VALIDATION.FAILED', 'attendees.0.role'],
    ['more chairs than the bound', { chairs: Array.from({ length: 21 }, () => guest) }, 'VALIDATION.FAILED', 'chairs'],
    ['more attendees than the bound', { attendees: Array.from({ length: 501 }, () => guest) }, 'VALIDATION.FAILED', 'attendees'],
    ['more agenda items than the bound', { agenda: Array.from({ length: 51 }, () => ({ en: 'Item' })) }, 'VALIDATION.FAILED', 'agenda'],
    ['a blank agenda item', { agenda: [{ en: 'One' }, { en: 'Two' }, { en: 'Three' }, { en: '' }] }, 'VALIDATION.FAILED', 'agenda.3'],
    ['a summary longer than the bound', { summary: { ar: 'م'.repeat(20001) } }, 'VALIDATION.FAILED', 'summary.ar'],
    ['a summary carrying control characters', { summary: { ar: 'نص\u001b[31m' } }, 'VALIDATION.FAILED', 'summary.ar'],
    ['a summary language the summary is not written in', { summaryLanguage: 'fr' }, 'VALIDATION.FAILED', 'summaryLanguage'],
    ['an unsupported summary language', { summaryLanguage: 'de' }, 'VALIDATION.FAILED', 'summaryLanguage'],
  ];

  it.each(rejections)('rejects %s', (_sentence, overrides, code, field) => {
    expectRejection(() => decide(record(overrides), initialState()), code, field);
  });
});
