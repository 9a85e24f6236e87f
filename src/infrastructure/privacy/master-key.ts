import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KEY_BYTES } from './aes-gcm';

export interface MasterKey {
  readonly key: Buffer;
  /** Where it came from: SIJILL_MASTER_KEY, or a key file (made on first start when `created`). */
  readonly source: { readonly kind: 'config' } | { readonly kind: 'file'; readonly path: string; readonly created: boolean };
}

/** Base64 of exactly 32 bytes, or an error that says what is wrong without echoing the value. */
export const decodeMasterKey = (text: string, origin: string): Buffer => {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || key.length !== KEY_BYTES) {
    throw new Error(`${origin} must be the base64 of ${KEY_BYTES} random bytes (e.g. \`openssl rand -base64 32\`)`);
  }
  return key;
};

/** Beside the SQLite file by default: `data/sijill.master-key` for `data/sijill.db`. */
export const defaultMasterKeyFile = (sqlitePath: string): string => join(dirname(sqlitePath), 'sijill.master-key');

/**
 * SIJILL_MASTER_KEY when set; otherwise the key file, made with a random key on
 * first use (mode 0600). The file appears whole or not at all: it is written
 * aside and linked into place, so two processes starting together agree on one key.
 */
export const loadMasterKey = (options: { readonly configured?: string; readonly file: string }): MasterKey => {
  if (options.configured) return { key: decodeMasterKey(options.configured, 'SIJILL_MASTER_KEY'), source: { kind: 'config' } };
  const path = options.file;
  const existing = readKeyFile(path);
  if (existing) return { key: existing, source: { kind: 'file', path, created: false } };
  mkdirSync(dirname(path), { recursive: true });
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(aside, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  let created = true;
  try {
    linkSync(aside, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    created = false;
  } finally {
    unlinkSync(aside);
  }
  return { key: readKeyFile(path)!, source: { kind: 'file', path, created } };
};

const readKeyFile = (path: string): Buffer | null => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return decodeMasterKey(text, `The master key file ${path}`);
};
