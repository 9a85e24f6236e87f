import { elHajeb } from '../../org-units/org-units.fixtures';
import { orgUnitState, initialState as noUnit } from '../../org-units/org-units.state';
import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { granted } from '../access.fixtures';
import { initialState, principalState } from '../principal.state';
import { decide, type GrantRole } from './grant-role.decide';

const now = '2021-06-08T10:00:00.000Z';

const grant = (overrides: Partial<GrantRole> = {}): GrantRole => ({
  principalId: 'recorder@el-hajeb',
  role: 'RECORDER',
  unitId: 'el-hajeb',
  unit: given(orgUnitState, elHajeb()),
  now,
  ...overrides,
});

describe('grant a role', () => {
  it("grants a role over a unit, filed at the unit's path", () => {
    const events = decide(grant(), initialState());
    expect(payloads(events)).toEqual([
      { type: 'RoleGranted', data: { principalId: 'recorder@el-hajeb', role: 'RECORDER', unitId: 'el-hajeb', unitPath: '/pam/fes-meknes/el-hajeb' } },
    ]);
    expect(events[0]!.context).toEqual({ occurredAt: now, unitPath: '/pam/fes-meknes/el-hajeb' });
  });

  it('grants a role over the whole register, filed at /', () => {
    const events = decide(grant({ role: 'ADMIN', unitId: null, unit: null }), initialState());
    expect(events[0]!.data).toEqual({ principalId: 'recorder@el-hajeb', role: 'ADMIN', unitId: null, unitPath: '/' });
    expect(events[0]!.context.unitPath).toBe('/');
  });

  it('grants another role on the same unit, or the same role on another unit', () => {
    const holding = given(principalState, granted());
    expect(decide(grant({ role: 'AUDITOR' }), holding)).toHaveLength(1);
    expect(decide(grant({ unitId: null, unit: null }), holding)).toHaveLength(1);
  });

  it('refuses a grant the principal already holds', () => {
    expectRejection(() => decide(grant(), given(principalState, granted())), 'ACCESS.ALREADY_GRANTED', 'role');
  });

  it('grants again what was revoked', () => {
    const revoked = given(principalState, granted(), { type: 'RoleRevoked', data: granted().data });
    expect(decide(grant(), revoked)).toHaveLength(1);
  });

  it('refuses a unit that does not exist', () => {
    expectRejection(() => decide(grant({ unit: noUnit() }), initialState()), 'ORG_UNIT.NOT_FOUND', 'unitId');
  });

  it('refuses a role that does not exist', () => {
    expectRejection(() => decide(grant({ role: 'OWNER' }), initialState()), 'VALIDATION.FAILED', 'role');
  });

  it('refuses a principal id with spaces or over 100 characters', () => {
    expectRejection(() => decide(grant({ principalId: 'Mohamed El Hjira' }), initialState()), 'VALIDATION.FAILED', 'principalId');
    expectRejection(() => decide(grant({ principalId: 'x'.repeat(101) }), initialState()), 'VALIDATION.FAILED', 'principalId');
  });

  it('accepts the principal ids identity providers give: e-mail addresses, system names', () => {
    for (const principalId of ['amina.b+pam@example.org', 'system:bootstrap', 'auth0-6543_21']) {
      expect(decide(grant({ principalId }), initialState())[0]!.data.principalId).toBe(principalId);
    }
  });
});
