import { joined } from '../../members/members.fixtures';
import { memberState } from '../../members/members.state';
import { elHajeb } from '../../org-units/org-units.fixtures';
import { orgUnitState } from '../../org-units/org-units.state';
import type { ErrorCode } from '../../shared-kernel/domain-error';
import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { BOUGOULA, corrected, EL_HAJEB_MEETING, EL_HAJEB_SUMMARY_AR, held, HJIRA } from '../meetings.fixtures';
import { initialState, meetingState } from '../meetings.state';
import { type CorrectMeetingRecord, decide } from './correct-meeting-record.decide';

const now = '2021-06-08T10:00:00.000Z';
const unit = given(orgUnitState, elHajeb());
const members = new Map([
  [HJIRA, given(memberState, joined())],
  [BOUGOULA, given(memberState, joined({ memberId: BOUGOULA }))],
]);
const recorded = given(meetingState, held());
const startedAt = given(meetingState, held({ startsAt: '2021-06-07T18:00:00.000Z' }));

const correct = (fields: CorrectMeetingRecord['fields'], overrides: Partial<CorrectMeetingRecord> = {}): CorrectMeetingRecord => ({
  meetingId: EL_HAJEB_MEETING,
  reason: 'The article was misread',
  fields,
  unit,
  members,
  now,
  ...overrides,
});

const guest = { guestName: { fr: 'Un invité' } };

describe('correct a meeting record', () => {
  it('corrects the summary, keeping the text it replaces beside it', () => {
    const summary = { ar: `${EL_HAJEB_SUMMARY_AR}\n\nتتمة` };
    const events = decide(correct({ summary }), recorded);
    expect(payloads(events)).toEqual([
      {
        type: 'MeetingRecordCorrected',
        data: {
          meetingId: EL_HAJEB_MEETING,
          unitId: 'el-hajeb',
          changes: { summary },
          previous: { summary: { ar: EL_HAJEB_SUMMARY_AR } },
          reason: 'The article was misread',
        },
      },
    ]);
    expect(events[0]!.context).toEqual({ occurredAt: '2021-06-07T11:00:00.000Z', unitPath: '/pam/fes-meknes/el-hajeb' });
  });

  it('keeps only the fields that really differ, whatever the order of languages', () => {
    const events = decide(
      correct({
        kind: 'ORGANIZATIONAL',
        title: { en: held().data.title.en, ar: held().data.title.ar },
        partOfDay: 'NIGHT',
      }),
      recorded,
    );
    expect(events[0]!.data.changes).toEqual({ partOfDay: 'NIGHT' });
    expect(events[0]!.data.previous).toEqual({ partOfDay: 'EVENING' });
  });

  it('dates the correction at the corrected start', () => {
    const events = decide(correct({ startsAt: '2021-06-07T19:00:00+01:00' }), recorded);
    expect(events[0]!.data.changes).toEqual({ startsAt: '2021-06-07T18:00:00.000Z' });
    expect(events[0]!.context.occurredAt).toBe('2021-06-07T18:00:00.000Z');
  });

  it('clears an optional field given as null', () => {
    const events = decide(correct({ startsAt: null }), startedAt);
    expect(events[0]!.data).toMatchObject({ changes: { startsAt: null }, previous: { startsAt: '2021-06-07T18:00:00.000Z' } });
    expect(events[0]!.context.occurredAt).toBe('2021-06-07T11:00:00.000Z');
  });

  it('replaces the attendee list when the members it names exist', () => {
    const attendees = [{ memberId: BOUGOULA }, { group: { en: 'Local secretaries' }, count: 12 }];
    const events = decide(correct({ attendees }), recorded);
    expect(events[0]!.data.changes.attendees).toEqual([
      { kind: 'MEMBER', memberId: BOUGOULA, role: null },
      { kind: 'GROUP', label: { en: 'Local secretaries' }, count: 12 },
    ]);
    expect(events[0]!.data.previous.attendees).toEqual(held().data.attendees);
  });

  it('leaves the members of lists it does not touch unchecked, as they were checked when recorded', () => {
    expect(decide(correct({ agenda: [{ en: 'One item' }] }, { members: new Map() }), recorded)).toHaveLength(1);
  });

  it('corrects a record that was corrected before, against the record as it stands', () => {
    const twice = given(meetingState, held(), corrected({ partOfDay: 'NIGHT' }, { partOfDay: 'EVENING' }));
    const events = decide(correct({ partOfDay: 'EVENING' }), twice);
    expect(events[0]!.data).toMatchObject({ changes: { partOfDay: 'EVENING' }, previous: { partOfDay: 'NIGHT' } });
  });

  it('rejects a correction of a meeting that is not recorded', () => {
    expectRejection(() => decide(correct({ partOfDay: 'NIGHT' }), initialState()), 'MEETING.NOT_FOUND', 'meetingId');
  });

  it('rejects a correction that gives no field', () => {
    expectRejection(() => decide(correct({}), recorded), 'MEETING.NOTHING_CORRECTED');
  });

  it('rejects a correction that repeats the record as it stands', () => {
    expectRejection(() => decide(correct({ heldOn: '2021-06-07', timeZone: null, summaryLanguage: 'ar' }), recorded), 'MEETING.NOTHING_CORRECTED');
  });

  it('rejects a chair who is not a member', () => {
    const chairs = [{ memberId: HJIRA }, { memberId: 'nobody' }];
    expectRejection(() => decide(correct({ chairs }), recorded), 'MEETING.PARTICIPANT_NOT_FOUND', 'chairs.1.memberId');
  });

  const rejections: ReadonlyArray<[string, CorrectMeetingRecord['fields'], Partial<CorrectMeetingRecord>, ErrorCode, string]> = [
    ['a correction without a reason', { partOfDay: 'NIGHT' }, { reason: '  ' }, 'VALIDATION.FAILED', 'reason'],
    ['a reason longer than the bound', { partOfDay: 'NIGHT' }, { reason: 'x'.repeat(2001) }, 'VALIDATION.FAILED', 'reason'],
    ['a malformed meeting id', { partOfDay: 'NIGHT' }, { meetingId: 'El Hajeb 7/6' }, 'VALIDATION.FAILED', 'meetingId'],
    ['a corrected date after today', { heldOn: '2021-06-09' }, {}, 'MEETING.IN_FUTURE', 'heldOn'],
    ['a corrected start that has not come yet', { heldOn: '2021-06-08', startsAt: '2021-06-08T23:00:00+01:00' }, {}, 'MEETING.IN_FUTURE', 'startsAt'],
    ['an unknown kind', { kind: 'PICNIC' }, {}, 'VALIDATION.FAILED', 'kind'],
    ['a group with a negative count', { attendees: [guest, guest, { group: { en: 'Locals' }, count: -3 }] }, {}, 'VALIDATION.FAILED', 'attendees.2.count'],
    ['a record left with neither chair nor attendee', { chairs: [], attendees: null }, {}, 'VALIDATION.FAILED', 'attendees'],
    ['a cleared summary whose language is still named', { summary: null }, {}, 'VALIDATION.FAILED', 'summaryLanguage'],
  ];

  it.each(rejections)('rejects %s', (_sentence, fields, overrides, code, field) => {
    expectRejection(() => decide(correct(fields, overrides), recorded), code, field);
  });

  it('rejects a new date on which the recorded start no longer falls', () => {
    expectRejection(() => decide(correct({ heldOn: '2021-06-06' }), startedAt), 'VALIDATION.FAILED', 'startsAt');
  });
});
