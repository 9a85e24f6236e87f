import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM: a fresh 96-bit IV, then the ciphertext, then the 128-bit tag, in one buffer. */
export const encrypt = (key: Buffer, plaintext: Buffer, associated: string): Buffer => {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
};

/** The plaintext, or an error when the key, the associated data or a single byte differs. */
export const decrypt = (key: Buffer, sealed: Buffer, associated: string): Buffer => {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new Error('Sealed data is too short');
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(associated, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
};

export const newKey = (): Buffer => randomBytes(KEY_BYTES);
