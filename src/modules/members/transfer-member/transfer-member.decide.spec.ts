import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { elHajeb, fesMeknes } from '../../org-units/org-units.fixtures';
import { orgUnitState, initialState as noUnit } from '../../org-units/org-units.state';
import { joined, left, transferred } from '../members.fixtures';
import { initialState, memberState } from '../members.state';
import { decide, type TransferMember } from './transfer-member.decide';

const now = '2021-06-08T10:00:00.000Z';
const member = given(memberState, joined());
const dissolve = (unitId: string) => ({ type: 'OrgUnitDissolved' as const, data: { unitId, dissolvedOn: '2020-01-01', reason: null } });

const transfer = (overrides: Partial<TransferMember> = {}): TransferMember => ({
  memberId: 'mohamed-el-hjira',
  toUnitId: 'fes-meknes',
  transferredOn: '2020-01-15',
  reason: '  انتخب عضوا في الأمانة الجهوية  ',
  fromUnit: given(orgUnitState, elHajeb()),
  toUnit: given(orgUnitState, fesMeknes()),
  now,
  ...overrides,
});

describe('transfer a member', () => {
  it('moves an active member to another open unit, recording where from and the trimmed reason', () => {
    const events = decide(transfer(), member);
    expect(payloads(events)).toEqual([
      {
        type: 'MemberTransferred',
        data: {
          memberId: 'mohamed-el-hjira',
          fromUnitId: 'el-hajeb',
          fromUnitPath: '/pam/fes-meknes/el-hajeb',
          toUnitId: 'fes-meknes',
          transferredOn: '2020-01-15',
          reason: 'انتخب عضوا في الأمانة الجهوية',
        },
      },
    ]);
    expect(events[0]!.context).toEqual({ occurredAt: '2020-01-15T11:00:00.000Z', unitPath: '/pam/fes-meknes' });
  });

  it('dates the transfer today in Casablanca and stores no reason when none is given', () => {
    const events = decide(transfer({ transferredOn: null, reason: '   ' }), member);
    expect(events[0]!.data).toMatchObject({ transferredOn: '2021-06-08', reason: null });
  });

  it('accepts a transfer on the day the member joined', () => {
    const events = decide(transfer({ transferredOn: '2019-05-01' }), member);
    expect(events[0]!.data.transferredOn).toBe('2019-05-01');
  });

  it('moves a member out of a dissolved unit', () => {
    const events = decide(transfer({ fromUnit: given(orgUnitState, elHajeb(), dissolve('el-hajeb')) }), member);
    expect(events[0]!.data.fromUnitPath).toBe('/pam/fes-meknes/el-hajeb');
  });

  it('transfers from the unit the member was last moved to', () => {
    const moved = given(memberState, joined(), transferred());
    const events = decide(transfer({ toUnitId: 'el-hajeb', toUnit: given(orgUnitState, elHajeb()), fromUnit: given(orgUnitState, fesMeknes()) }), moved);
    expect(events[0]!.data).toMatchObject({ fromUnitId: 'fes-meknes', fromUnitPath: '/pam/fes-meknes', toUnitId: 'el-hajeb' });
  });

  it('rejects a member who is not registered', () => {
    expectRejection(() => decide(transfer({ fromUnit: null }), initialState()), 'MEMBER.NOT_FOUND', 'memberId');
  });

  it('rejects a member who has left', () => {
    expectRejection(() => decide(transfer(), given(memberState, joined(), left())), 'MEMBER.ALREADY_LEFT', 'memberId');
  });

  it('rejects a destination that does not exist', () => {
    expectRejection(() => decide(transfer({ toUnit: noUnit() }), member), 'ORG_UNIT.NOT_FOUND', 'toUnitId');
  });

  it('rejects a dissolved destination', () => {
    const dissolved = given(orgUnitState, fesMeknes(), dissolve('fes-meknes'));
    expectRejection(() => decide(transfer({ toUnit: dissolved }), member), 'ORG_UNIT.DISSOLVED', 'toUnitId');
  });

  it('rejects a transfer to the unit the member is already in', () => {
    expectRejection(
      () => decide(transfer({ toUnitId: 'el-hajeb', toUnit: given(orgUnitState, elHajeb()) }), member),
      'MEMBER.SAME_UNIT',
      'toUnitId',
    );
  });

  it('rejects a transfer dated before the member joined', () => {
    expectRejection(() => decide(transfer({ transferredOn: '2019-04-30' }), member), 'VALIDATION.FAILED', 'transferredOn');
  });

  it('rejects a transfer dated in the future', () => {
    expectRejection(() => decide(transfer({ transferredOn: '2021-06-09' }), member), 'VALIDATION.FAILED', 'transferredOn');
  });

  it('rejects a transfer date that is not a date', () => {
    expectRejection(() => decide(transfer({ transferredOn: '15/01/2020' }), member), 'VALIDATION.FAILED', 'transferredOn');
  });

  it('rejects a reason longer than the bound', () => {
    expectRejection(() => decide(transfer({ reason: 'x'.repeat(2001) }), member), 'VALIDATION.FAILED', 'reason');
  });

  it('rejects a member id that is neither a UUID nor a slug', () => {
    expectRejection(() => decide(transfer({ memberId: 'محمد' }), member), 'VALIDATION.FAILED', 'memberId');
  });

  it('rejects a destination id that cannot be a path segment', () => {
    expectRejection(() => decide(transfer({ toUnitId: '/pam/fes-meknes' }), member), 'VALIDATION.FAILED', 'toUnitId');
  });

  it('rejects with a conflict when the member moved after the handler loaded their unit', () => {
    const moved = given(memberState, joined(), transferred());
    expectRejection(
      () => decide(transfer({ toUnitId: 'el-hajeb', toUnit: given(orgUnitState, elHajeb()) }), moved),
      'CONCURRENCY.CONFLICT',
      'memberId',
    );
  });

  it('rejects with a conflict when the member was registered after the handler looked for them', () => {
    expectRejection(() => decide(transfer({ fromUnit: null }), member), 'CONCURRENCY.CONFLICT', 'memberId');
  });
});
