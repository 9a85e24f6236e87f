import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { elHajeb, fesMeknes } from '../../org-units/org-units.fixtures';
import { orgUnitState } from '../../org-units/org-units.state';
import { joined, left, transferred } from '../members.fixtures';
import { initialState, memberState } from '../members.state';
import { decide, type RecordMemberLeaving } from './record-member-leaving.decide';

const now = '2021-06-08T10:00:00.000Z';
const member = given(memberState, joined({ memberId: 'abdelilah-bouguella', fullName: { ar: 'عبد الإلاه بوقولا' } }));

const leave = (overrides: Partial<RecordMemberLeaving> = {}): RecordMemberLeaving => ({
  memberId: 'abdelilah-bouguella',
  reason: 'RESIGNED',
  note: '  استقالة مكتوبة مؤرخة في 30 يونيو  ',
  leftOn: '2020-06-30',
  unit: given(orgUnitState, elHajeb()),
  now,
  ...overrides,
});

describe('record a member leaving', () => {
  it('records an active member leaving, filed under their current unit with the trimmed note', () => {
    const events = decide(leave(), member);
    expect(payloads(events)).toEqual([
      {
        type: 'MemberLeft',
        data: {
          memberId: 'abdelilah-bouguella',
          unitId: 'el-hajeb',
          reason: 'RESIGNED',
          note: 'استقالة مكتوبة مؤرخة في 30 يونيو',
          leftOn: '2020-06-30',
        },
      },
    ]);
    expect(events[0]!.context).toEqual({ occurredAt: '2020-06-30T11:00:00.000Z', unitPath: '/pam/fes-meknes/el-hajeb' });
  });

  it('dates the leaving today in Casablanca and stores no note when none is given', () => {
    const events = decide(leave({ leftOn: null, note: null, reason: 'DECEASED' }), member);
    expect(events[0]!.data).toMatchObject({ leftOn: '2021-06-08', note: null, reason: 'DECEASED' });
  });

  it('files the leaving under the unit the member was transferred to', () => {
    const moved = given(memberState, joined({ memberId: 'abdelilah-bouguella' }), transferred({ memberId: 'abdelilah-bouguella' }));
    const events = decide(leave({ unit: given(orgUnitState, fesMeknes()) }), moved);
    expect(events[0]!.data.unitId).toBe('fes-meknes');
    expect(events[0]!.context.unitPath).toBe('/pam/fes-meknes');
  });

  it('accepts a leaving on the day the member joined', () => {
    const events = decide(leave({ leftOn: '2019-05-01' }), member);
    expect(events[0]!.data.leftOn).toBe('2019-05-01');
  });

  it('rejects a member who is not registered', () => {
    expectRejection(() => decide(leave({ unit: null }), initialState()), 'MEMBER.NOT_FOUND', 'memberId');
  });

  it('rejects a member who has already left', () => {
    const gone = given(memberState, joined({ memberId: 'abdelilah-bouguella' }), left({ memberId: 'abdelilah-bouguella' }));
    expectRejection(() => decide(leave(), gone), 'MEMBER.ALREADY_LEFT', 'memberId');
  });

  it('rejects a leaving dated before the member joined', () => {
    expectRejection(() => decide(leave({ leftOn: '2019-04-30' }), member), 'VALIDATION.FAILED', 'leftOn');
  });

  it('rejects a leaving dated in the future', () => {
    expectRejection(() => decide(leave({ leftOn: '2021-06-09' }), member), 'VALIDATION.FAILED', 'leftOn');
  });

  it('rejects a leaving date that is not a date', () => {
    expectRejection(() => decide(leave({ leftOn: '2020-13-01' }), member), 'VALIDATION.FAILED', 'leftOn');
  });

  it('rejects a reason outside the list', () => {
    expectRejection(() => decide(leave({ reason: 'RETIRED' }), member), 'VALIDATION.FAILED', 'reason');
  });

  it('rejects a note longer than the bound', () => {
    expectRejection(() => decide(leave({ note: 'x'.repeat(2001) }), member), 'VALIDATION.FAILED', 'note');
  });

  it('rejects a member id that is neither a UUID nor a slug', () => {
    expectRejection(() => decide(leave({ memberId: 'Abdelilah Bouguella' }), member), 'VALIDATION.FAILED', 'memberId');
  });

  it('rejects with a conflict when the member moved after the handler loaded their unit', () => {
    const moved = given(memberState, joined({ memberId: 'abdelilah-bouguella' }), transferred({ memberId: 'abdelilah-bouguella' }));
    expectRejection(() => decide(leave(), moved), 'CONCURRENCY.CONFLICT', 'memberId');
  });

  it('rejects with a conflict when the member was registered after the handler looked for them', () => {
    expectRejection(() => decide(leave({ unit: null }), member), 'CONCURRENCY.CONFLICT', 'memberId');
  });
});
