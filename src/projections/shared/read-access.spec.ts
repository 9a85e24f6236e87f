import type { Grant } from '../../infrastructure/auth/access';
import { requestContextFor, type RequestContext } from '../../infrastructure/graphql/request-context';
import { parentPathOf } from '../unit-tree/unit-tree.resolver';
import { assertMayAudit, mayRead, mayReadPersonal, readScopeOf, visibleEntity, visibleUnit } from './read-access';

const as = (...grants: Grant[]): RequestContext => requestContextFor({ id: 'p', authenticatedBy: 'api-key', grants });
const grant = (role: Grant['role'], unitPath: string): Grant => ({ role, unitId: unitPath.split('/').at(-1) || null, unitPath });

const EL_HAJEB = '/pam/fes-meknes/el-hajeb';
const NADOR = '/pam/oriental/nador';

describe('what the read side shows a caller', () => {
  const viewer = as(grant('VIEWER', '/pam/fes-meknes'));

  it('shows a unit and what lives in its subtree, and nothing above or beside it', () => {
    expect(visibleUnit(viewer, { path: '/pam/fes-meknes' })).toEqual({ path: '/pam/fes-meknes' });
    expect(visibleEntity(viewer, { unitPath: EL_HAJEB, id: 'm1' })).toEqual({ unitPath: EL_HAJEB, id: 'm1' });
    expect(visibleUnit(viewer, { path: '/pam' })).toBeNull();
    expect(visibleEntity(viewer, { unitPath: NADOR })).toBeNull();
    expect(visibleUnit(viewer, null)).toBeNull();
  });

  it('shows personal data only where a role allowing it is granted', () => {
    const recorder = as(grant('RECORDER', EL_HAJEB), grant('VIEWER', '/pam/fes-meknes'));
    expect(mayReadPersonal(viewer, EL_HAJEB)).toBe(false);
    expect(mayReadPersonal(recorder, EL_HAJEB)).toBe(true);
    expect(mayReadPersonal(recorder, '/pam/fes-meknes')).toBe(false);
    expect(mayRead(recorder, '/pam/fes-meknes')).toBe(true);
  });

  it('gives the read scope as subtrees, or all for a grant on the whole register', () => {
    expect(readScopeOf(as(grant('AUDITOR', NADOR), grant('VIEWER', '/pam/fes-meknes')))).toEqual(['/pam/fes-meknes', NADOR]);
    expect(readScopeOf(as({ role: 'VIEWER', unitId: null, unitPath: '/' }))).toBe('all');
  });

  it('refuses audit where the caller only reads, and allows it under an auditor grant', () => {
    const auditor = as(grant('AUDITOR', EL_HAJEB), grant('VIEWER', '/pam'));
    expect(() => assertMayAudit(auditor, EL_HAJEB, 'History')).not.toThrow();
    expect(() => assertMayAudit(auditor, '/pam/fes-meknes', 'History')).toThrow(expect.objectContaining({ code: 'AUTH.FORBIDDEN' }));
  });

  it("finds a unit's parent by its path", () => {
    expect(parentPathOf(EL_HAJEB)).toBe('/pam/fes-meknes');
    expect(parentPathOf('/pam')).toBe('');
  });
});
