import type { Grant, Principal } from '../../../infrastructure/auth/access';
import { SqliteEventStore } from '../../../infrastructure/event-store/sqlite/sqlite-event-store';
import { auditLogRequest, type AuditLogArgs } from './audit-log.request';
import { scanAuditLog } from './audit-log.scan';
import { numberedEvents } from '../../../../test/support/numbered-events';

const ARGS: AuditLogArgs = { after: null, types: null, unitId: null, includeDescendants: true, recordedFrom: null, recordedTo: null, actor: null, first: 100 };

const principal = (...grants: Grant[]): Principal => ({ id: 'p', authenticatedBy: 'api-key', grants });
const grant = (role: Grant['role'], unitPath: string): Grant => ({ role, unitId: unitPath.split('/').at(-1)!, unitPath });

const PLACES = ['/pam', '/pam/fes-meknes', '/pam/fes-meknes/el-hajeb', '/pam/oriental', '/pam/oriental/nador'];

const recorded = numberedEvents('recorder');

describe('the audit log of a caller that may audit part of the register', () => {
  let store: SqliteEventStore;
  /** Every event's stream id, in log order. */
  const log: Array<{ streamId: string; unitPath: string }> = [];

  beforeAll(async () => {
    store = new SqliteEventStore({ path: ':memory:' });
    for (const path of PLACES) {
      const unitId = path.split('/').at(-1)!;
      await store.append(`orgUnit-${unitId}`, [recorded('OrgUnitEstablished', { unitId }, path)], 'noStream');
      log.push({ streamId: `orgUnit-${unitId}`, unitPath: path });
    }
    // Members in turn at each unit, and a grant filed under El Hajeb: it is the register's business, not El Hajeb's.
    for (let i = 0; i < 20; i++) {
      const path = PLACES[i % PLACES.length]!;
      await store.append(`member-m${i}`, [recorded('MemberJoined', { memberId: `m${i}` }, path)], 'noStream');
      log.push({ streamId: `member-m${i}`, unitPath: path });
    }
    await store.append('principal-p2', [recorded('RoleGranted', { principalId: 'p2', role: 'VIEWER', unitId: 'el-hajeb', unitPath: PLACES[2] }, PLACES[2]!)], 'noStream');
    log.push({ streamId: 'principal-p2', unitPath: '/' });
  });
  afterAll(async () => store.close());

  const everything = async (who: Principal, args: Partial<AuditLogArgs>, budget?: number): Promise<string[]> => {
    const found: string[] = [];
    let after: string | null = null;
    for (;;) {
      const scan = await scanAuditLog(store, await auditLogRequest(store, { ...ARGS, ...args, after }, who), budget);
      found.push(...scan.events.map((event) => event.streamId));
      if (scan.isEnd) return found;
      after = scan.reached;
    }
  };

  const filedUnder = (...scope: string[]): string[] =>
    log.filter((entry) => scope.some((path) => entry.unitPath === path || entry.unitPath.startsWith(`${path}/`))).map((entry) => entry.streamId);

  it('pages through the events of several subtrees, each once, in log order, and nothing else', async () => {
    const auditor = principal(grant('AUDITOR', '/pam/fes-meknes/el-hajeb'), grant('AUDITOR', '/pam/oriental'));
    const expected = filedUnder('/pam/fes-meknes/el-hajeb', '/pam/oriental');
    expect(expected.length).toBeGreaterThan(6);
    expect(await everything(auditor, { first: 2 }, 3)).toEqual(expected);
    expect(await everything(auditor, { first: 100 })).toEqual(expected);
  });

  it('reads one subtree through the store filter and leaves grants out of it', async () => {
    const auditor = principal(grant('AUDITOR', '/pam/fes-meknes'));
    const found = await everything(auditor, { first: 3 });
    expect(found).toEqual(filedUnder('/pam/fes-meknes'));
    expect(found).not.toContain('principal-p2');
  });

  it('shows grants to an auditor of the whole register', async () => {
    expect(await everything(principal({ role: 'AUDITOR', unitId: null, unitPath: '/' }), {})).toEqual(log.map((entry) => entry.streamId));
  });

  it('answers a unit outside the read scope as unknown, and one it reads but may not audit as refused', async () => {
    const caller = principal(grant('AUDITOR', '/pam/fes-meknes/el-hajeb'), grant('VIEWER', '/pam/fes-meknes'));
    await expect(auditLogRequest(store, { ...ARGS, unitId: 'nador' }, caller)).rejects.toMatchObject({ code: 'ORG_UNIT.NOT_FOUND', field: 'unitId' });
    await expect(auditLogRequest(store, { ...ARGS, unitId: 'nowhere' }, caller)).rejects.toMatchObject({ code: 'ORG_UNIT.NOT_FOUND', field: 'unitId' });
    await expect(auditLogRequest(store, { ...ARGS, unitId: 'fes-meknes' }, caller)).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(await everything(caller, { unitId: 'el-hajeb' })).toEqual(filedUnder('/pam/fes-meknes/el-hajeb'));
  });

  it('refuses a caller that may audit nowhere', async () => {
    await expect(auditLogRequest(store, ARGS, principal(grant('RECORDER', '/pam')))).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });
});
