import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultMasterKeyFile, loadMasterKey } from './master-key';

describe('the master key', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sijill-master-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('comes from SIJILL_MASTER_KEY when it is set, and no file is made', () => {
    const configured = Buffer.alloc(32, 5);
    const master = loadMasterKey({ configured: configured.toString('base64'), file: join(dir, 'sijill.master-key') });
    expect(master).toEqual({ key: configured, source: { kind: 'config' } });
    expect(() => statSync(join(dir, 'sijill.master-key'))).toThrow();
  });

  it('is made once in a file only its owner can read, then read back', () => {
    const file = join(dir, 'nested', 'sijill.master-key');
    const made = loadMasterKey({ file });
    const again = loadMasterKey({ file });
    expect(made.source).toEqual({ kind: 'file', path: file, created: true });
    expect(again).toEqual({ key: made.key, source: { kind: 'file', path: file, created: false } });
    expect(made.key).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toEqual(made.key);
  });

  it('refuses a key file that does not hold 32 bytes', () => {
    const file = join(dir, 'sijill.master-key');
    writeFileSync(file, 'too short');
    expect(() => loadMasterKey({ file })).toThrow(/must be the base64 of 32 random bytes/);
  });

  it('lives beside the SQLite file by default', () => {
    expect(defaultMasterKeyFile('./data/sijill.db')).toBe('data/sijill.master-key');
  });
});
