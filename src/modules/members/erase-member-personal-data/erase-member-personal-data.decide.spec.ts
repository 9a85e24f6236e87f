import type { MemberPersonalDataErased } from '../../../events/members.events';
import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { elHajeb, fesMeknes } from '../../org-units/org-units.fixtures';
import { orgUnitState } from '../../org-units/org-units.state';
import { joined, left, transferred } from '../members.fixtures';
import { initialState, memberState } from '../members.state';
import { decide, type EraseMemberPersonalData } from './erase-member-personal-data.decide';

const now = '2021-06-08T10:00:00.000Z';
const member = given(memberState, joined({ memberId: 'fatima-benali' }));
const erased = (): MemberPersonalDataErased => ({ type: 'MemberPersonalDataErased', data: { memberId: 'fatima-benali', unitId: 'el-hajeb', reason: 'request 2021-17' } });

const erase = (overrides: Partial<EraseMemberPersonalData> = {}): EraseMemberPersonalData => ({
  memberId: 'fatima-benali',
  reason: '  request 2021-17  ',
  unit: given(orgUnitState, elHajeb()),
  now,
  ...overrides,
});

describe('erase a member’s personal data', () => {
  it('records the erasure under the member’s current unit, dated now, with the trimmed reason', () => {
    const events = decide(erase(), member);
    expect(payloads(events)).toEqual([{ type: 'MemberPersonalDataErased', data: { memberId: 'fatima-benali', unitId: 'el-hajeb', reason: 'request 2021-17' } }]);
    expect(events[0]!.context).toEqual({ occurredAt: now, unitPath: '/pam/fes-meknes/el-hajeb' });
  });

  it('erases a member who has left, filed under the unit they left from', () => {
    const gone = given(memberState, joined({ memberId: 'fatima-benali' }), transferred({ memberId: 'fatima-benali' }), left({ memberId: 'fatima-benali', unitId: 'fes-meknes' }));
    const events = decide(erase({ unit: given(orgUnitState, fesMeknes()) }), gone);
    expect(events[0]!.data.unitId).toBe('fes-meknes');
    expect(events[0]!.context.unitPath).toBe('/pam/fes-meknes');
  });

  it('rejects a second erasure of the same member', () => {
    expectRejection(() => decide(erase(), given(memberState, joined({ memberId: 'fatima-benali' }), erased())), 'MEMBER.ALREADY_ERASED', 'memberId');
  });

  it('rejects a member who is not registered', () => {
    expectRejection(() => decide(erase({ unit: null }), initialState()), 'MEMBER.NOT_FOUND', 'memberId');
  });

  it('rejects an erasure without a reason', () => {
    expectRejection(() => decide(erase({ reason: '   ' }), member), 'VALIDATION.FAILED', 'reason');
  });

  it('rejects a reason longer than the bound', () => {
    expectRejection(() => decide(erase({ reason: 'x'.repeat(501) }), member), 'VALIDATION.FAILED', 'reason');
  });

  it('rejects with a conflict when the member moved after the handler loaded their unit', () => {
    const moved = given(memberState, joined({ memberId: 'fatima-benali' }), transferred({ memberId: 'fatima-benali' }));
    expectRejection(() => decide(erase(), moved), 'CONCURRENCY.CONFLICT', 'memberId');
  });
});
