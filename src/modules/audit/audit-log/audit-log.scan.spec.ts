import type { NewEvent } from '../../../events/envelope';
import { unrestricted } from '../../../infrastructure/auth/access';
import { SqliteEventStore } from '../../../infrastructure/event-store/sqlite/sqlite-event-store';
import { auditLogRequest, type AuditLogArgs } from './audit-log.request';
import { scanAuditLog } from './audit-log.scan';

const ARGS: AuditLogArgs = { after: null, types: null, unitId: null, includeDescendants: true, recordedFrom: null, recordedTo: null, actor: null, first: 100 };

const ADMIN = unrestricted('admin', 'system');

const memberJoined = (n: number, actor: string): NewEvent => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type: 'MemberJoined',
  schemaVersion: 1,
  data: { memberId: `m${n}`, unitId: 'el-hajeb', fullName: { ar: `عضو ${n}` }, honorific: null, joinedOn: '2021-06-01' },
  metadata: { actor, correlationId: `c${n}`, causationId: null, occurredAt: '2021-06-01T12:00:00.000Z', unitPath: '/pam/fes-meknes/el-hajeb' },
});

describe('the audit log scan', () => {
  let store: SqliteEventStore;

  beforeEach(async () => {
    store = new SqliteEventStore({ path: ':memory:' });
    // Every third event by the auditor, the rest by the recorder.
    for (let n = 1; n <= 12; n++) await store.append(`member-m${n}`, [memberJoined(n, n % 3 === 0 ? 'auditor' : 'recorder')], 'noStream');
  });
  afterEach(async () => store.close());

  it('stops when its budget is spent and says where, so following the cursor finds every match once, in log order', async () => {
    const found: string[] = [];
    let after: string | null = null;
    let requests = 0;
    for (;;) {
      const scan = await scanAuditLog(store, await auditLogRequest(store, { ...ARGS, actor: 'auditor', after }, ADMIN), 4);
      found.push(...scan.events.map((event) => event.data as { memberId: string }).map((data) => data.memberId));
      requests += 1;
      if (scan.isEnd) break;
      after = scan.reached;
    }
    expect(found).toEqual(['m3', 'm6', 'm9', 'm12']);
    expect(requests).toBe(3);
  });

  it('ends a full page on its last event and continues right after it', async () => {
    const first = await scanAuditLog(store, await auditLogRequest(store, { ...ARGS, first: 5 }, ADMIN));
    expect(first.events).toHaveLength(5);
    expect(first.isEnd).toBe(false);
    expect(first.reached).toBe(first.events.at(-1)!.position);
    const rest = await scanAuditLog(store, await auditLogRequest(store, { ...ARGS, first: 100, after: first.reached }, ADMIN));
    expect(rest.events.map((event) => event.id)).toEqual(Array.from({ length: 7 }, (_, i) => memberJoined(i + 6, '').id));
    expect(rest.isEnd).toBe(true);
  });

  it('says a page that ends on the last event of the log is the end', async () => {
    const scan = await scanAuditLog(store, await auditLogRequest(store, { ...ARGS, actor: 'auditor', first: 4 }, ADMIN));
    expect(scan.events).toHaveLength(4);
    expect(scan.isEnd).toBe(true);
  });
});
