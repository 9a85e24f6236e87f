import { covers, may, scopeOf, inScope, unrestricted, type Grant, type Principal } from './access';

const principal = (...grants: Grant[]): Principal => ({ id: 'p', authenticatedBy: 'api-key', grants });
const FES = '/pam/fes-meknes';
const EL_HAJEB = '/pam/fes-meknes/el-hajeb';
const RABAT = '/pam/rabat-sale-kenitra';

describe('access', () => {
  it('covers a unit and its subtree, not its siblings or a prefix-sharing name', () => {
    expect(covers(FES, FES)).toBe(true);
    expect(covers(FES, EL_HAJEB)).toBe(true);
    expect(covers(FES, RABAT)).toBe(false);
    expect(covers(FES, '/pam/fes-meknes-bis')).toBe(false);
    expect(covers('/', RABAT)).toBe(true);
  });

  it('gives each role its own actions within its grant', () => {
    const viewer = principal({ role: 'VIEWER', unitId: 'fes-meknes', unitPath: FES });
    expect(may(viewer, 'read', EL_HAJEB)).toBe(true);
    expect(may(viewer, 'readPersonal', EL_HAJEB)).toBe(false);
    expect(may(viewer, 'record', EL_HAJEB)).toBe(false);
    expect(may(viewer, 'read', RABAT)).toBe(false);

    const steward = principal({ role: 'STEWARD', unitId: 'fes-meknes', unitPath: FES });
    expect(may(steward, 'erase', EL_HAJEB)).toBe(true);
    expect(may(steward, 'record', EL_HAJEB)).toBe(false);

    const auditor = principal({ role: 'AUDITOR', unitId: 'fes-meknes', unitPath: FES });
    expect(may(auditor, 'audit', EL_HAJEB)).toBe(true);
    expect(may(auditor, 'readPersonal', EL_HAJEB)).toBe(false);
  });

  it('lets a recorder shape the tree below its unit but not the unit itself', () => {
    const recorder = principal({ role: 'RECORDER', unitId: 'fes-meknes', unitPath: FES });
    expect(may(recorder, 'structure', EL_HAJEB)).toBe(true);
    expect(may(recorder, 'structure', FES)).toBe(false);
    expect(may(recorder, 'record', FES)).toBe(true);
  });

  it('reduces a scope to its topmost paths, or all for a grant on the whole register', () => {
    const several = principal(
      { role: 'VIEWER', unitId: 'el-hajeb', unitPath: EL_HAJEB },
      { role: 'RECORDER', unitId: 'fes-meknes', unitPath: FES },
      { role: 'VIEWER', unitId: 'rabat-sale-kenitra', unitPath: RABAT },
    );
    expect(scopeOf(several, 'read')).toEqual([FES, RABAT]);
    expect(scopeOf(several, 'record')).toEqual([FES]);
    expect(scopeOf(several, 'audit')).toEqual([]);
    expect(scopeOf(unrestricted('admin', 'system'), 'audit')).toBe('all');
    expect(inScope([FES], EL_HAJEB)).toBe(true);
    expect(inScope([FES], RABAT)).toBe(false);
    expect(inScope([], FES)).toBe(false);
  });
});
