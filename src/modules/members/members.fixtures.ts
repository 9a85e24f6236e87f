import type { MemberJoined, MemberLeft, MemberTransferred } from '../../events/members.events';

/** Events for given/when/then specs of this context. */
export const joined = (overrides: Partial<MemberJoined['data']> = {}): MemberJoined => ({
  type: 'MemberJoined',
  data: {
    memberId: 'mohamed-el-hjira',
    unitId: 'el-hajeb',
    fullName: { ar: 'محمد الحجيرة', fr: 'Mohamed El Hjira' },
    honorific: null,
    joinedOn: '2019-05-01',
    ...overrides,
  },
});

export const transferred = (overrides: Partial<MemberTransferred['data']> = {}): MemberTransferred => ({
  type: 'MemberTransferred',
  data: {
    memberId: 'mohamed-el-hjira',
    fromUnitId: 'el-hajeb',
    fromUnitPath: '/pam/fes-meknes/el-hajeb',
    toUnitId: 'fes-meknes',
    transferredOn: '2020-01-15',
    reason: null,
    ...overrides,
  },
});

export const left = (overrides: Partial<MemberLeft['data']> = {}): MemberLeft => ({
  type: 'MemberLeft',
  data: {
    memberId: 'mohamed-el-hjira',
    unitId: 'el-hajeb',
    reason: 'RESIGNED',
    note: null,
    leftOn: '2020-06-30',
    ...overrides,
  },
});
