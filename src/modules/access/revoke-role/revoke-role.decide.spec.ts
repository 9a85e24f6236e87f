import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { granted } from '../access.fixtures';
import { initialState, principalState } from '../principal.state';
import { decide, type RevokeRole } from './revoke-role.decide';

const now = '2021-06-08T10:00:00.000Z';

const revoke = (overrides: Partial<RevokeRole> = {}): RevokeRole => ({ principalId: 'recorder@el-hajeb', role: 'RECORDER', unitId: 'el-hajeb', now, ...overrides });

describe('revoke a role', () => {
  it('revokes a held grant, filed at the path it was granted on', () => {
    const events = decide(revoke(), given(principalState, granted()));
    expect(payloads(events)).toEqual([
      { type: 'RoleRevoked', data: { principalId: 'recorder@el-hajeb', role: 'RECORDER', unitId: 'el-hajeb', unitPath: '/pam/fes-meknes/el-hajeb' } },
    ]);
    expect(events[0]!.context).toEqual({ occurredAt: now, unitPath: '/pam/fes-meknes/el-hajeb' });
  });

  it('leaves the other grants: a principal holds what was not revoked', () => {
    const state = given(principalState, granted(), granted({ role: 'AUDITOR', unitId: null, unitPath: '/' }));
    const [event] = decide(revoke(), state);
    expect(principalState.evolve(state, event!).grants).toEqual([{ role: 'AUDITOR', unitId: null, unitPath: '/' }]);
  });

  it('refuses a grant the principal does not hold, or no longer holds', () => {
    expectRejection(() => decide(revoke(), initialState()), 'ACCESS.GRANT_NOT_FOUND', 'role');
    expectRejection(() => decide(revoke({ unitId: null }), given(principalState, granted())), 'ACCESS.GRANT_NOT_FOUND', 'role');
    const revoked = given(principalState, granted(), { type: 'RoleRevoked', data: granted().data });
    expectRejection(() => decide(revoke(), revoked), 'ACCESS.GRANT_NOT_FOUND', 'role');
  });
});
