import { createHash } from 'node:crypto';
import { formatApiKey, hashApiKeySecret, newApiKeySecret, parseApiKey, secretMatches } from './api-key';

const keyId = '0b6f3c7e-2d4a-4b1e-9f3a-1c2d3e4f5a6b';

describe('API keys', () => {
  it('draws 32 random bytes as a base64url secret, different every time', () => {
    const secrets = new Set(Array.from({ length: 50 }, newApiKeySecret));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    }
  });

  it('reads back what it formats, even when the secret holds underscores', () => {
    const secret = `${'_'.repeat(5)}${newApiKeySecret().slice(5)}`;
    const key = formatApiKey({ keyId, secret });
    expect(key).toBe(`sjk_${keyId}_${secret}`);
    expect(parseApiKey(key)).toEqual({ keyId, secret });
  });

  it('reads nothing from credentials that are not shaped like its keys', () => {
    const secret = newApiKeySecret();
    for (const credential of [`sjk_${keyId}`, `sjk_not-a-uuid_${secret}`, `sjk_${keyId}_${secret}x`, `sjk_${keyId}_short`, `xyz_${keyId}_${secret}`, 'eyJhbGciOi.x.y']) {
      expect(parseApiKey(credential)).toBeNull();
    }
  });

  it('records the SHA-256 of the secret as hex, and matches only that secret', () => {
    const secret = newApiKeySecret();
    const hash = hashApiKeySecret(secret);
    expect(hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(hash).not.toContain(secret);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(newApiKeySecret(), hash)).toBe(false);
    expect(secretMatches(secret, 'not hex')).toBe(false);
  });
});
