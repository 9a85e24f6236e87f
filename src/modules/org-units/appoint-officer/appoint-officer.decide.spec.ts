import type { MemberState } from '../../members/members.state';
import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { elHajeb } from '../org-units.fixtures';
import { initialState, orgUnitState } from '../org-units.state';
import { decide, type AppointOfficer } from './appoint-officer.decide';

const bougoula: MemberState = {
  status: 'Active',
  memberId: 'bougoula',
  unitId: 'el-hajeb',
  joinedOn: '2015-01-01',
};

const appoint = (overrides: Partial<AppointOfficer> = {}): AppointOfficer => ({
  unitId: 'el-hajeb',
  memberId: 'bougoula',
  position: 'SECRETARY_GENERAL',
  title: { ar: 'الأمين العام الإقليمي', en: 'Provincial Secretary-General' },
  termStart: '2020-01-15',
  termEnd: null,
  member: bougoula,
  now: '2021-06-08T10:00:00.000Z',
  ...overrides,
});

const appointed = (memberId: string, position: AppointOfficer['position'] = 'SECRETARY_GENERAL') => ({
  type: 'OfficerAppointed' as const,
  data: { unitId: 'el-hajeb', memberId, position: position as 'SECRETARY_GENERAL', title: null, termStart: '2019-01-01', termEnd: null },
});

describe('appoint an officer', () => {
  it('appoints a registered member to a free single-holder position', () => {
    const events = decide(appoint(), given(orgUnitState, elHajeb()));
    expect(payloads(events)).toEqual([
      {
        type: 'OfficerAppointed',
        data: {
          unitId: 'el-hajeb',
          memberId: 'bougoula',
          position: 'SECRETARY_GENERAL',
          title: { ar: 'الأمين العام الإقليمي', en: 'Provincial Secretary-General' },
          termStart: '2020-01-15',
          termEnd: null,
        },
      },
    ]);
    expect(events[0]!.context.unitPath).toBe('/pam/fes-meknes/el-hajeb');
  });

  it('appoints a second holder to a multi-holder position', () => {
    const state = given(orgUnitState, elHajeb(), appointed('someone-else', 'SECRETARIAT_MEMBER'));
    expect(decide(appoint({ position: 'SECRETARIAT_MEMBER' }), state)).toHaveLength(1);
  });

  it('appoints again once the previous holder was relieved', () => {
    const state = given(orgUnitState, elHajeb(), appointed('previous'), {
      type: 'OfficerRelieved',
      data: { unitId: 'el-hajeb', memberId: 'previous', position: 'SECRETARY_GENERAL', relievedOn: '2020-01-10', reason: null },
    });
    expect(decide(appoint(), state)).toHaveLength(1);
  });

  it('rejects appointing over the holder of a single-holder position', () => {
    const error = expectRejection(() => decide(appoint(), given(orgUnitState, elHajeb(), appointed('previous'))), 'OFFICER.POSITION_OCCUPIED', 'position');
    expect(error.details).toEqual({ holderMemberId: 'previous' });
  });

  it('rejects a member who already holds the position', () => {
    const state = given(orgUnitState, elHajeb(), appointed('bougoula', 'SECRETARIAT_MEMBER'));
    expectRejection(() => decide(appoint({ position: 'SECRETARIAT_MEMBER' }), state), 'OFFICER.ALREADY_HOLDS', 'memberId');
  });

  it('rejects a unit that does not exist', () => {
    expectRejection(() => decide(appoint(), initialState()), 'ORG_UNIT.NOT_FOUND', 'unitId');
  });

  it('rejects a dissolved unit', () => {
    const state = given(orgUnitState, elHajeb(), { type: 'OrgUnitDissolved', data: { unitId: 'el-hajeb', dissolvedOn: '2021-01-01', reason: null } });
    expectRejection(() => decide(appoint(), state), 'ORG_UNIT.DISSOLVED', 'unitId');
  });

  it('rejects a member who is not registered', () => {
    expectRejection(() => decide(appoint({ member: { status: 'None' } }), given(orgUnitState, elHajeb())), 'OFFICER.MEMBER_NOT_FOUND', 'memberId');
  });

  it('rejects a member who has left', () => {
    const left: MemberState = { ...bougoula, status: 'Left', leftOn: '2021-01-01' };
    expectRejection(() => decide(appoint({ member: left }), given(orgUnitState, elHajeb())), 'OFFICER.MEMBER_LEFT', 'memberId');
  });

  it('rejects a term starting in the future', () => {
    expectRejection(() => decide(appoint({ termStart: '2022-01-01' }), given(orgUnitState, elHajeb())), 'VALIDATION.FAILED', 'termStart');
  });

  it('rejects a term that ends before it starts', () => {
    expectRejection(() => decide(appoint({ termEnd: '2019-01-01' }), given(orgUnitState, elHajeb())), 'VALIDATION.FAILED', 'termEnd');
  });

  it('rejects an unknown position', () => {
    expectRejection(() => decide(appoint({ position: 'EMPEROR' }), given(orgUnitState, elHajeb())), 'VALIDATION.FAILED', 'position');
  });
});
