import type { Grant, Principal } from '../../infrastructure/auth/access';
import { auditPathOf, auditScopeOf, streamVerdict } from './audit-scope';

const principal = (...grants: Grant[]): Principal => ({ id: 'p', authenticatedBy: 'api-key', grants });
const grant = (role: Grant['role'], unitPath: string): Grant => ({ role, unitId: unitPath === '/' ? null : unitPath.split('/').at(-1)!, unitPath });
const event = (type: string, unitPath: string) => ({ type, metadata: { unitPath, actor: 'a', correlationId: 'c', causationId: null, occurredAt: '', recordedAt: '' } });

const EL_HAJEB = '/pam/fes-meknes/el-hajeb';
const NADOR = '/pam/oriental/nador';

describe('what an audit view may show', () => {
  it('files activity under its unit, and grants, keys and anchors under the whole register', () => {
    expect(auditPathOf(event('MeetingHeld', EL_HAJEB))).toBe(EL_HAJEB);
    expect(auditPathOf(event('RoleGranted', EL_HAJEB))).toBe('/');
    expect(auditPathOf(event('ApiKeyIssued', '/'))).toBe('/');
    expect(auditPathOf(event('LogAnchored', ''))).toBe('/');
  });

  it('refuses a caller that may audit nowhere, before anything is read', () => {
    expect(() => auditScopeOf(principal(grant('ADMIN', '/pam/fes-meknes'), grant('VIEWER', '/')), 'History')).not.toThrow();
    expect(() => auditScopeOf(principal(grant('RECORDER', '/'), grant('STEWARD', '/')), 'History')).toThrow(expect.objectContaining({ code: 'AUTH.FORBIDDEN' }));
  });

  describe('a stream history', () => {
    const auditor = principal(grant('AUDITOR', '/pam/fes-meknes'));

    it('is shown when every event of the stream was filed in the audit scope', () => {
      expect(streamVerdict(auditor, EL_HAJEB, [EL_HAJEB, '/pam/fes-meknes'])).toBe('shown');
      expect(streamVerdict(auditor, null, [])).toBe('shown');
    });

    it('is unknown when the stream lives outside the read scope now, wherever it lived before', () => {
      expect(streamVerdict(auditor, NADOR, [EL_HAJEB])).toBe('unknown');
      expect(streamVerdict(auditor, '/', [])).toBe('unknown');
    });

    it('is refused when the caller sees it but may not audit all of it', () => {
      expect(streamVerdict(auditor, EL_HAJEB, [NADOR, EL_HAJEB])).toBe('forbidden');
      expect(streamVerdict(principal(grant('VIEWER', '/pam'), grant('AUDITOR', EL_HAJEB)), '/pam/fes-meknes', [])).toBe('forbidden');
      expect(streamVerdict(principal(grant('VIEWER', '/'), grant('AUDITOR', EL_HAJEB)), '/', [])).toBe('forbidden');
    });
  });
});
