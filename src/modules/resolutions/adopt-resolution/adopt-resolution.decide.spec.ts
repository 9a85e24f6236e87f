import { corrected, EL_HAJEB_MEETING, held } from '../../meetings/meetings.fixtures';
import { initialState as noMeeting, meetingState } from '../../meetings/meetings.state';
import { elHajeb } from '../../org-units/org-units.fixtures';
import { orgUnitState } from '../../org-units/org-units.state';
import type { ErrorCode } from '../../shared-kernel/domain-error';
import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { adopted } from '../resolutions.fixtures';
import { initialState, resolutionState } from '../resolutions.state';
import { type AdoptResolution, decide } from './adopt-resolution.decide';

const meeting = given(meetingState, held());
const unit = given(orgUnitState, elHajeb());

const adopt = (overrides: Partial<AdoptResolution> = {}): AdoptResolution => ({
  resolutionId: 'el-hajeb-2021-06-07-r3',
  meetingId: EL_HAJEB_MEETING,
  unitId: null,
  kind: 'DECISION',
  text: {
    ar: '  إجماع كل الحضور على الانخراط في عملية التسجيل في اللوائح الانتخابية  ',
    en: 'Unanimous commitment to take part in registering on the electoral rolls.',
  },
  dueOn: null,
  meeting,
  unit,
  ...overrides,
});

describe('adopt a resolution', () => {
  it("adopts a resolution of the El Hajeb meeting, dated on the meeting's day in the meeting's unit", () => {
    const events = decide(adopt(), initialState());
    expect(payloads(events)).toEqual([adopted()]);
    expect(events[0]!.context).toEqual({ occurredAt: '2021-06-07T11:00:00.000Z', unitPath: '/pam/fes-meknes/el-hajeb' });
  });

  it("accepts the meeting's own unit and a due date, and dates the event at the meeting's start", () => {
    const started = given(meetingState, held(), corrected({ startsAt: '2021-06-07T18:30:00.000Z' }));
    const events = decide(adopt({ unitId: 'el-hajeb', dueOn: '2021-09-08', kind: 'COMMITMENT', meeting: started }), initialState());
    expect(events[0]!.data).toMatchObject({ unitId: 'el-hajeb', kind: 'COMMITMENT', adoptedOn: '2021-06-07', dueOn: '2021-09-08' });
    expect(events[0]!.context.occurredAt).toBe('2021-06-07T18:30:00.000Z');
  });

  it('keeps a multiline text as written', () => {
    const text = { ar: 'أولا: التسجيل\nثانيا: التعبئة' };
    expect(decide(adopt({ text }), initialState())[0]!.data.text).toEqual(text);
  });

  it('accepts a due date on the meeting day', () => {
    expect(decide(adopt({ dueOn: '2021-06-07' }), initialState())[0]!.data.dueOn).toBe('2021-06-07');
  });

  it('rejects a resolution id already adopted', () => {
    expectRejection(() => decide(adopt(), given(resolutionState, adopted())), 'RESOLUTION.ALREADY_ADOPTED', 'resolutionId');
  });

  it('rejects a meeting that is not recorded', () => {
    expectRejection(() => decide(adopt({ meeting: noMeeting() }), initialState()), 'RESOLUTION.MEETING_NOT_FOUND', 'meetingId');
  });

  it("rejects a unit other than the meeting's", () => {
    expectRejection(() => decide(adopt({ unitId: 'fes-meknes' }), initialState()), 'RESOLUTION.UNIT_MISMATCH', 'unitId');
  });

  it('rejects a due date before the meeting', () => {
    expectRejection(() => decide(adopt({ dueOn: '2021-06-06' }), initialState()), 'RESOLUTION.BEFORE_MEETING', 'dueOn');
  });

  const rejections: ReadonlyArray<[string, Partial<AdoptResolution>, ErrorCode, string]> = [
    ['an unknown kind', { kind: 'WISH' }, 'VALIDATION.FAILED', 'kind'],
    ['a text with no language', { text: { en: '   ' } }, 'VALIDATION.FAILED', 'text'],
    ['a text longer than the bound', { text: { ar: 'ق'.repeat(5001) } }, 'VALIDATION.FAILED', 'text.ar'],
    ['a due date that is not a date', { dueOn: 'September' }, 'VALIDATION.FAILED', 'dueOn'],
    ['a malformed resolution id', { resolutionId: 'R 3' }, 'VALIDATION.FAILED', 'resolutionId'],
    ['a malformed meeting id', { meetingId: 'El Hajeb 7/6' }, 'VALIDATION.FAILED', 'meetingId'],
    ['a malformed unit id', { unitId: 'El Hajeb' }, 'VALIDATION.FAILED', 'unitId'],
  ];

  it.each(rejections)('rejects %s', (_sentence, overrides, code, field) => {
    expectRejection(() => decide(adopt(overrides), initialState()), code, field);
  });
});
