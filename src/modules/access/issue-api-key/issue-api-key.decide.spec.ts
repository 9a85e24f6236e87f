import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { issued } from '../access.fixtures';
import { apiKeyState, initialState } from '../api-key.state';
import { decide, type IssueApiKey } from './issue-api-key.decide';

const now = '2021-06-08T10:00:00.000Z';
const keyId = '0b6f3c7e-2d4a-4b1e-9f3a-1c2d3e4f5a6b';

const issue = (overrides: Partial<IssueApiKey> = {}): IssueApiKey => ({
  keyId,
  principalId: 'recorder@el-hajeb',
  label: '  El Hajeb office  ',
  secretHash: 'b'.repeat(64),
  now,
  ...overrides,
});

describe('issue an API key', () => {
  it('records the key by the hash of its secret, filed at the whole register', () => {
    const events = decide(issue(), initialState());
    expect(payloads(events)).toEqual([
      { type: 'ApiKeyIssued', data: { keyId, principalId: 'recorder@el-hajeb', label: 'El Hajeb office', secretHash: 'b'.repeat(64) } },
    ]);
    expect(events[0]!.context).toEqual({ occurredAt: now, unitPath: '/' });
  });

  it('refuses an empty or overlong label', () => {
    expectRejection(() => decide(issue({ label: '   ' }), initialState()), 'VALIDATION.FAILED', 'label');
    expectRejection(() => decide(issue({ label: 'x'.repeat(101) }), initialState()), 'VALIDATION.FAILED', 'label');
  });

  it('refuses a principal id that is not one', () => {
    expectRejection(() => decide(issue({ principalId: 'two words' }), initialState()), 'VALIDATION.FAILED', 'principalId');
  });

  it('never issues a key id twice', () => {
    expectRejection(() => decide(issue(), given(apiKeyState, issued())), 'VALIDATION.FAILED', 'keyId');
  });

  it('will not record anything but a SHA-256 hex digest in place of the secret', () => {
    expect(() => decide(issue({ secretHash: 'not-a-hash' }), initialState())).toThrow(/SHA-256/);
  });
});
