import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { elHajeb } from '../org-units.fixtures';
import { initialState, orgUnitState } from '../org-units.state';
import { decide, type RelieveOfficer } from './relieve-officer.decide';

const holding = given(orgUnitState, elHajeb(), {
  type: 'OfficerAppointed',
  data: { unitId: 'el-hajeb', memberId: 'bougoula', position: 'SECRETARY_GENERAL', title: null, termStart: '2020-01-15', termEnd: null },
});

const relieve = (overrides: Partial<RelieveOfficer> = {}): RelieveOfficer => ({
  unitId: 'el-hajeb',
  memberId: 'bougoula',
  position: 'SECRETARY_GENERAL',
  relievedOn: '2021-06-01',
  reason: 'End of term',
  now: '2021-06-08T10:00:00.000Z',
  ...overrides,
});

describe('relieve an officer', () => {
  it('relieves the holder of a position', () => {
    expect(payloads(decide(relieve(), holding))).toEqual([
      {
        type: 'OfficerRelieved',
        data: { unitId: 'el-hajeb', memberId: 'bougoula', position: 'SECRETARY_GENERAL', relievedOn: '2021-06-01', reason: 'End of term' },
      },
    ]);
  });

  it('relieves an officer of a dissolved unit', () => {
    const dissolved = given(orgUnitState, elHajeb(), {
      type: 'OfficerAppointed',
      data: { unitId: 'el-hajeb', memberId: 'bougoula', position: 'SECRETARY_GENERAL', title: null, termStart: '2020-01-15', termEnd: null },
    }, { type: 'OrgUnitDissolved', data: { unitId: 'el-hajeb', dissolvedOn: '2021-05-01', reason: null } });
    expect(decide(relieve(), dissolved)).toHaveLength(1);
  });

  it('rejects a member who does not hold the position', () => {
    expectRejection(() => decide(relieve({ memberId: 'hjira' }), holding), 'OFFICER.NOT_HOLDING', 'memberId');
  });

  it('rejects a unit that does not exist', () => {
    expectRejection(() => decide(relieve(), initialState()), 'ORG_UNIT.NOT_FOUND', 'unitId');
  });

  it('rejects a date before the term started', () => {
    expectRejection(() => decide(relieve({ relievedOn: '2019-12-31' }), holding), 'VALIDATION.FAILED', 'relievedOn');
  });

  it('rejects a date in the future', () => {
    expectRejection(() => decide(relieve({ relievedOn: '2021-06-09' }), holding), 'VALIDATION.FAILED', 'relievedOn');
  });
});
