import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { issued } from '../access.fixtures';
import { apiKeyState, initialState } from '../api-key.state';
import { decide, type RevokeApiKey } from './revoke-api-key.decide';

const now = '2021-06-08T10:00:00.000Z';
const keyId = issued().data.keyId;

const revoke = (overrides: Partial<RevokeApiKey> = {}): RevokeApiKey => ({ keyId, reason: ' laptop lost ', now, ...overrides });

describe('revoke an API key', () => {
  it("revokes an active key, naming its principal and the reason, filed at the whole register", () => {
    const events = decide(revoke(), given(apiKeyState, issued()));
    expect(payloads(events)).toEqual([{ type: 'ApiKeyRevoked', data: { keyId, principalId: 'recorder@el-hajeb', reason: 'laptop lost' } }]);
    expect(events[0]!.context).toEqual({ occurredAt: now, unitPath: '/' });
  });

  it('leaves the key revoked for good', () => {
    const [event] = decide(revoke({ reason: null }), given(apiKeyState, issued()));
    expect(apiKeyState.evolve(given(apiKeyState, issued()), event!)).toMatchObject({ status: 'Revoked', reason: null });
  });

  it('refuses a key that was never issued', () => {
    expectRejection(() => decide(revoke(), initialState()), 'ACCESS.KEY_NOT_FOUND', 'keyId');
  });

  it('refuses a key revoked already', () => {
    const revoked = given(apiKeyState, issued(), { type: 'ApiKeyRevoked', data: { keyId, principalId: 'recorder@el-hajeb', reason: null } });
    expectRejection(() => decide(revoke(), revoked), 'ACCESS.KEY_ALREADY_REVOKED', 'keyId');
  });

  it('refuses a key id that cannot be one', () => {
    expectRejection(() => decide(revoke({ keyId: 'sjk_whole-key' }), initialState()), 'VALIDATION.FAILED', 'keyId');
  });
});
