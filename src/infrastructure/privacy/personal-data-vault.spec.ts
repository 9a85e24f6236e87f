import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestSchema, describeOnEveryStore, TEST_DATABASE_URL } from '../../../test/support/postgres';
import { openReadDatabase, type ReadDatabase } from '../database/read-database';
import { KEYS_TABLE, PersonalDataVault } from './personal-data-vault';
import { openValue, sealValue } from './sealed-value';

const MASTER = Buffer.alloc(32, 1);
const OTHER_MASTER = Buffer.alloc(32, 2);

// On a real SQLite read database; the batch suite below and test/e2e/erasure.e2e.spec.ts run it on PostgreSQL too.
describe('the personal data vault', () => {
  let dir: string;
  let readDb: ReadDatabase;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sijill-vault-'));
    readDb = await openReadDatabase({ kind: 'sqlite', path: join(dir, 'read.db') });
  });
  afterEach(async () => {
    await readDb.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes one key per subject on first use and gives the same key back, stored only wrapped', async () => {
    const vault = await PersonalDataVault.open(readDb, MASTER);
    const key = await vault.keyForSealing('fatima');
    expect(key).toHaveLength(32);
    expect(await vault.keyForSealing('fatima')).toEqual(key);
    expect(await vault.keyForSealing('amina')).not.toEqual(key);
    const [row] = await readDb.db.selectFrom(KEYS_TABLE).selectAll().where('subjectId', '=', 'fatima').execute();
    expect(Buffer.from(row!.wrappedKey).includes(key!)).toBe(false);
    expect(Buffer.from(row!.wrappedKey)).toHaveLength(12 + 32 + 16);
  });

  it('wraps and unwraps across instances opened on the same database with the same master key', async () => {
    const key = await (await PersonalDataVault.open(readDb, MASTER)).keyForSealing('fatima');
    const again = await PersonalDataVault.open(readDb, MASTER);
    expect((await again.keysOf(['fatima'])).get('fatima')).toEqual({ state: 'live', key });
  });

  it('fails to unwrap under another master key', async () => {
    await (await PersonalDataVault.open(readDb, MASTER)).keyForSealing('fatima');
    const wrong = await PersonalDataVault.open(readDb, OTHER_MASTER);
    await expect(wrong.keysOf(['fatima'])).rejects.toThrow();
  });

  it('erases a subject: the key is gone, a tombstone stays, repeating is harmless, and no new key is made for it', async () => {
    const vault = await PersonalDataVault.open(readDb, MASTER);
    const key = (await vault.keyForSealing('fatima'))!;
    const sealed = sealValue(key, 'fatima', 'fullName', { ar: 'فاطمة' });
    const before = await vault.erasureMark();
    const told: string[] = [];
    vault.onShred((subject) => told.push(subject));

    await vault.shred('fatima');
    await vault.shred('fatima');

    expect((await vault.keysOf(['fatima', 'amina'])).get('fatima')).toEqual({ state: 'erased' });
    expect((await vault.keysOf(['amina'])).get('amina')).toEqual({ state: 'unknown' });
    expect(await vault.isErased('fatima')).toBe(true);
    expect(await vault.keyForSealing('fatima')).toBeNull();
    expect(await vault.erasureMark()).not.toBe(before);
    expect(told).toEqual(['fatima', 'fatima']);
    const [row] = await readDb.db.selectFrom(KEYS_TABLE).selectAll().where('subjectId', '=', 'fatima').execute();
    expect(row!.wrappedKey).toBeNull();
    // What was sealed with the destroyed key opens only with that key, which nothing keeps.
    expect(openValue(key, 'fatima', 'fullName', sealed)).toEqual({ ar: 'فاطمة' });
    expect(() => openValue(Buffer.alloc(32, 9), 'fatima', 'fullName', sealed)).toThrow();
  });

  it('erases a subject it never made a key for, so nothing readable is ever sealed for it', async () => {
    const vault = await PersonalDataVault.open(readDb, MASTER);
    await vault.shred('never-sealed');
    expect(await vault.keyForSealing('never-sealed')).toBeNull();
  });

  it('exports live keys wrapped and imports them elsewhere under the same master key, never reviving an erased one', async () => {
    const vault = await PersonalDataVault.open(readDb, MASTER);
    const fatima = await vault.keyForSealing('fatima');
    await vault.keyForSealing('amina');
    await vault.shred('amina');
    const exported = await vault.liveKeys();
    expect(exported.map((record) => record.subjectId)).toEqual(['fatima']);

    await readDb.db.deleteFrom(KEYS_TABLE).where('subjectId', '=', 'fatima').execute();
    const amina = { subjectId: 'amina', wrappedKey: exported[0]!.wrappedKey, createdAt: exported[0]!.createdAt };
    await expect(vault.importKeys([amina])).rejects.toThrow(/does not open with this master key/);
    expect(await vault.importKeys(exported)).toBe(1);
    expect(await vault.importKeys(exported)).toBe(0);
    expect((await vault.keysOf(['fatima'])).get('fatima')).toEqual({ state: 'live', key: fatima });

    const elsewhere = await PersonalDataVault.open(readDb, OTHER_MASTER);
    await expect(elsewhere.importKeys(exported)).rejects.toThrow(/SIJILL_MASTER_KEY/);
  });
});

/** The same read database, whose writes first let `before` run: a writer that gets in between a lookup and an insert. */
const writingAfter = (readDb: ReadDatabase, before: () => Promise<unknown>): ReadDatabase => ({
  ...readDb,
  exclusive: async (work) => {
    await before();
    return readDb.exclusive(work);
  },
});

describeOnEveryStore('making the keys of a batch of subjects', (kind) => {
  let cleanup: () => Promise<void>;
  let connect: () => Promise<ReadDatabase>;
  let readDb: ReadDatabase;
  let vault: PersonalDataVault;

  beforeEach(async () => {
    if (kind === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'sijill-vault-batch-'));
      connect = () => openReadDatabase({ kind: 'sqlite', path: join(dir, 'read.db') });
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const { schema, drop } = await createTestSchema();
      connect = () => openReadDatabase({ kind: 'postgres', connectionString: TEST_DATABASE_URL, schema });
      cleanup = drop;
    }
    readDb = await connect();
    vault = await PersonalDataVault.open(readDb, MASTER);
  });
  afterEach(async () => {
    await readDb.close();
    await cleanup();
  });

  it('gives each subject of a batch its key once: new ones made, known ones kept, erased ones null, repeats folded', async () => {
    const known = (await vault.keyForSealing('known'))!;
    await vault.shred('erased');
    // More new subjects than one statement carries.
    const fresh = Array.from({ length: 1_201 }, (_, index) => `member-${index}`);

    const keys = await vault.keysForSealing(['known', ...fresh, 'erased', 'member-7', 'known', ...fresh.slice(0, 3)]);

    expect(keys.size).toBe(fresh.length + 2);
    expect(keys.get('known')).toEqual(known);
    expect(keys.get('erased')).toBeNull();
    expect(new Set(fresh.map((subject) => keys.get(subject)!.toString('hex'))).size).toBe(fresh.length);
    const stored = await vault.keysOf(['erased', ...fresh]);
    expect(stored.get('erased')).toEqual({ state: 'erased' });
    for (const subject of fresh) expect(stored.get(subject)).toEqual({ state: 'live', key: keys.get(subject) });
    expect(Number((await readDb.db.selectFrom(KEYS_TABLE).select((eb) => eb.fn.countAll().as('rows')).executeTakeFirstOrThrow()).rows)).toBe(fresh.length + 2);
    expect(await vault.keysForSealing(['known', 'member-7', 'erased'])).toEqual(new Map([['known', known], ['member-7', keys.get('member-7')], ['erased', null]]));
  });

  it('takes the key or tombstone another instance stored between its lookup and its insert', async () => {
    const otherDb = await connect();
    const other = await PersonalDataVault.open(otherDb, MASTER);
    let theirs = new Map<string, Buffer | null>();
    let meanwhile: (() => Promise<void>) | null = null;
    const racing = await PersonalDataVault.open(writingAfter(readDb, async () => meanwhile?.()), MASTER);
    meanwhile = async () => {
      meanwhile = null;
      theirs = await other.keysForSealing(['fatima', 'amina']);
      await other.shred('amina');
    };

    const ours = await racing.keysForSealing(['fatima', 'amina', 'khadija']);
    await otherDb.close();

    expect(ours.get('fatima')).toEqual(theirs.get('fatima'));
    expect(ours.get('amina')).toBeNull();
    expect(ours.get('khadija')).toHaveLength(32);
    expect(await vault.keysOf(['fatima', 'khadija'])).toEqual(
      new Map([
        ['fatima', { state: 'live', key: theirs.get('fatima') }],
        ['khadija', { state: 'live', key: ours.get('khadija') }],
      ]),
    );
  });

  it('ends with one key per subject when two instances make overlapping batches at once', async () => {
    const otherDb = await connect();
    const other = await PersonalDataVault.open(otherDb, MASTER);
    const subjects = Array.from({ length: 600 }, (_, index) => `member-${index}`);

    const [ours, theirs] = await Promise.all([vault.keysForSealing(subjects), other.keysForSealing([...subjects].reverse())]);
    await otherDb.close();

    const stored = await vault.keysOf(subjects);
    for (const subject of subjects) {
      expect(theirs.get(subject)).toEqual(ours.get(subject));
      expect(stored.get(subject)).toEqual({ state: 'live', key: ours.get(subject) });
    }
  });
});
