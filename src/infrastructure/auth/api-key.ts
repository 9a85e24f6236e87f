import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys read `sjk_<keyId>_<secret>`: the key id (a UUID, no underscore) finds
 * the key's stream, the secret (32 random bytes, base64url) proves possession. Only
 * the secret's SHA-256 is recorded; a high-entropy secret needs no slow hash.
 */
export const API_KEY_PREFIX = 'sjk_';

const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

export interface ApiKeyParts {
  readonly keyId: string;
  readonly secret: string;
}

/** A fresh secret: 32 bytes from the system's CSPRNG. */
export const newApiKeySecret = (): string => randomBytes(32).toString('base64url');

export const formatApiKey = ({ keyId, secret }: ApiKeyParts): string => `${API_KEY_PREFIX}${keyId}_${secret}`;

/** The key's parts, or null when the credential is not shaped like one of our keys. */
export const parseApiKey = (credential: string): ApiKeyParts | null => {
  if (!credential.startsWith(API_KEY_PREFIX)) return null;
  const rest = credential.slice(API_KEY_PREFIX.length);
  const separator = rest.indexOf('_');
  if (separator === -1) return null;
  const keyId = rest.slice(0, separator);
  const secret = rest.slice(separator + 1);
  return KEY_ID.test(keyId) && SECRET.test(secret) ? { keyId, secret } : null;
};

/** SHA-256 of the secret, lowercase hex: what ApiKeyIssued records. */
export const hashApiKeySecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Compares in constant time, so response timing says nothing about how much of a guess was right. */
export const secretMatches = (secret: string, recordedHash: string): boolean => {
  const presented = Buffer.from(hashApiKeySecret(secret), 'hex');
  const recorded = Buffer.from(recordedHash, 'hex');
  return presented.length === recorded.length && timingSafeEqual(presented, recorded);
};
