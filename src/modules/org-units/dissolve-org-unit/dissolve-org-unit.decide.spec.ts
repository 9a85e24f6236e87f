import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { elHajeb } from '../org-units.fixtures';
import { initialState, orgUnitState } from '../org-units.state';
import { decide, type DissolveOrgUnit } from './dissolve-org-unit.decide';

const dissolve = (overrides: Partial<DissolveOrgUnit> = {}): DissolveOrgUnit => ({
  unitId: 'el-hajeb',
  dissolvedOn: null,
  reason: 'Merged into the regional secretariat',
  now: '2021-06-08T23:30:00.000Z',
  ...overrides,
});

describe('dissolve an org unit', () => {
  it('dissolves an open unit, dated today in Casablanca when no date is given', () => {
    const events = decide(dissolve(), given(orgUnitState, elHajeb()));
    expect(payloads(events)).toEqual([
      { type: 'OrgUnitDissolved', data: { unitId: 'el-hajeb', dissolvedOn: '2021-06-09', reason: 'Merged into the regional secretariat' } },
    ]);
    expect(events[0]!.context.unitPath).toBe('/pam/fes-meknes/el-hajeb');
  });

  it('rejects a unit that does not exist', () => {
    expectRejection(() => decide(dissolve(), initialState()), 'ORG_UNIT.NOT_FOUND', 'unitId');
  });

  it('rejects a unit already dissolved', () => {
    const state = given(orgUnitState, elHajeb(), { type: 'OrgUnitDissolved', data: { unitId: 'el-hajeb', dissolvedOn: '2021-01-01', reason: null } });
    expectRejection(() => decide(dissolve(), state), 'ORG_UNIT.DISSOLVED', 'unitId');
  });

  it('rejects a dissolution dated in the future', () => {
    expectRejection(() => decide(dissolve({ dissolvedOn: '2030-01-01' }), given(orgUnitState, elHajeb())), 'VALIDATION.FAILED', 'dissolvedOn');
  });

  it('rejects a date that is not a calendar date', () => {
    expectRejection(() => decide(dissolve({ dissolvedOn: '2021-02-30' }), given(orgUnitState, elHajeb())), 'VALIDATION.FAILED', 'dissolvedOn');
  });
});
