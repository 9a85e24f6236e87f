import type { ApiKeyIssued, RoleGranted } from '../../events/access.events';

/** Events for given/when/then specs of this context. */
export const granted = (overrides: Partial<RoleGranted['data']> = {}): RoleGranted => ({
  type: 'RoleGranted',
  data: { principalId: 'recorder@el-hajeb', role: 'RECORDER', unitId: 'el-hajeb', unitPath: '/pam/fes-meknes/el-hajeb', ...overrides },
});

export const issued = (overrides: Partial<ApiKeyIssued['data']> = {}): ApiKeyIssued => ({
  type: 'ApiKeyIssued',
  data: {
    keyId: '0b6f3c7e-2d4a-4b1e-9f3a-1c2d3e4f5a6b',
    principalId: 'recorder@el-hajeb',
    label: 'El Hajeb office',
    secretHash: 'a'.repeat(64),
    ...overrides,
  },
});
