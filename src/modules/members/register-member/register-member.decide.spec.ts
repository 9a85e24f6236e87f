import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { elHajeb } from '../../org-units/org-units.fixtures';
import { orgUnitState, initialState as noUnit } from '../../org-units/org-units.state';
import { joined } from '../members.fixtures';
import { initialState, memberState } from '../members.state';
import { decide, type RegisterMember } from './register-member.decide';

const now = '2021-06-08T10:00:00.000Z';

const register = (overrides: Partial<RegisterMember> = {}): RegisterMember => ({
  memberId: 'mohamed-el-hjira',
  unitId: 'el-hajeb',
  fullName: { ar: '  محمد الحجيرة  ', fr: 'Mohamed El Hjira' },
  honorific: null,
  joinedOn: '2019-05-01',
  unit: given(orgUnitState, elHajeb()),
  now,
  ...overrides,
});

describe('register a member', () => {
  it('registers a member in an open unit, trimming names and keeping Arabic as written', () => {
    const events = decide(register(), initialState());
    expect(payloads(events)).toEqual([
      {
        type: 'MemberJoined',
        data: {
          memberId: 'mohamed-el-hjira',
          unitId: 'el-hajeb',
          fullName: { ar: 'محمد الحجيرة', fr: 'Mohamed El Hjira' },
          honorific: null,
          joinedOn: '2019-05-01',
        },
      },
    ]);
    expect(events[0]!.context).toEqual({ occurredAt: '2019-05-01T11:00:00.000Z', unitPath: '/pam/fes-meknes/el-hajeb' });
  });

  it('keeps an Arabic honorific byte for byte', () => {
    const events = decide(
      register({ memberId: 'abdelilah-bouguella', fullName: { ar: 'عبد الإلاه بوقولا' }, honorific: { ar: 'السيد', fr: '' } }),
      initialState(),
    );
    expect(events[0]!.data).toMatchObject({ fullName: { ar: 'عبد الإلاه بوقولا' }, honorific: { ar: 'السيد' } });
  });

  it('dates the joining today in Casablanca when no date is given', () => {
    // 23:30 UTC on 7 June is already 8 June in Casablanca (UTC+1).
    const events = decide(register({ joinedOn: null, now: '2021-06-07T23:30:00.000Z' }), initialState());
    expect(events[0]!.data.joinedOn).toBe('2021-06-08');
  });

  it('accepts a generated UUID as the member id', () => {
    const events = decide(register({ memberId: '0b6f3c7e-2d4a-5b1e-9f3a-1c2d3e4f5a6b' }), initialState());
    expect(events[0]!.data.memberId).toBe('0b6f3c7e-2d4a-5b1e-9f3a-1c2d3e4f5a6b');
  });

  it('rejects a unit that does not exist', () => {
    expectRejection(() => decide(register({ unit: noUnit() }), initialState()), 'ORG_UNIT.NOT_FOUND', 'unitId');
  });

  it('rejects a dissolved unit', () => {
    const dissolved = given(orgUnitState, elHajeb(), {
      type: 'OrgUnitDissolved',
      data: { unitId: 'el-hajeb', dissolvedOn: '2020-01-01', reason: null },
    });
    expectRejection(() => decide(register({ unit: dissolved }), initialState()), 'ORG_UNIT.DISSOLVED', 'unitId');
  });

  it('rejects a member id that is already registered', () => {
    expectRejection(() => decide(register(), given(memberState, joined())), 'MEMBER.ALREADY_REGISTERED', 'memberId');
  });

  it('rejects a joining dated in the future', () => {
    expectRejection(() => decide(register({ joinedOn: '2021-06-09' }), initialState()), 'VALIDATION.FAILED', 'joinedOn');
  });

  it('rejects a joining date that is not a calendar date', () => {
    expectRejection(() => decide(register({ joinedOn: '2021-02-30' }), initialState()), 'VALIDATION.FAILED', 'joinedOn');
  });

  it('rejects a member id that is neither a UUID nor a slug', () => {
    expectRejection(() => decide(register({ memberId: 'Mohamed El Hjira' }), initialState()), 'VALIDATION.FAILED', 'memberId');
  });

  it('rejects a unit id that cannot be a path segment', () => {
    expectRejection(() => decide(register({ unitId: 'El_Hajeb' }), initialState()), 'VALIDATION.FAILED', 'unitId');
  });

  it('rejects a full name with no language', () => {
    expectRejection(() => decide(register({ fullName: { ar: '   ' } }), initialState()), 'VALIDATION.FAILED', 'fullName');
  });

  it('rejects a full name longer than the bound', () => {
    expectRejection(() => decide(register({ fullName: { ar: 'م'.repeat(201) } }), initialState()), 'VALIDATION.FAILED', 'fullName.ar');
  });

  it('rejects an honorific longer than the bound', () => {
    expectRejection(() => decide(register({ honorific: { fr: 'x'.repeat(201) } }), initialState()), 'VALIDATION.FAILED', 'honorific.fr');
  });
});
