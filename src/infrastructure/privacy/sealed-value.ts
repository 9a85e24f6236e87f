import { decrypt, encrypt } from './aes-gcm';

const VERSION = '1';

/** A personal field as stored: `<version>.<base64 of IV, ciphertext and tag>`, never the plaintext. */
export interface SealedValue {
  readonly $sealed: string;
}

export const isSealed = (value: unknown): value is SealedValue =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as SealedValue).$sealed === 'string';

// Binds a ciphertext to its subject and field, so it cannot be moved to another person or field and still open.
const associated = (subject: string, field: string): string => `sijill/personal/${VERSION}/${subject}/${field}`;

/** Seals a field's JSON value with the subject's data key. */
export const sealValue = (key: Buffer, subject: string, field: string, value: unknown): SealedValue => {
  const body = encrypt(key, Buffer.from(JSON.stringify(value), 'utf8'), associated(subject, field));
  return { $sealed: `${VERSION}.${body.toString('base64')}` };
};

/** The field's value; throws when the key, subject or field is not the one it was sealed with. */
export const openValue = (key: Buffer, subject: string, field: string, sealed: SealedValue): unknown => {
  const dot = sealed.$sealed.indexOf('.');
  const version = sealed.$sealed.slice(0, dot);
  if (dot < 0 || version !== VERSION) throw new Error(`Unknown sealing version ${JSON.stringify(version)}`);
  const plaintext = decrypt(key, Buffer.from(sealed.$sealed.slice(dot + 1), 'base64'), associated(subject, field));
  return JSON.parse(plaintext.toString('utf8'));
};
