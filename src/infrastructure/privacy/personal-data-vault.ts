import { type Kysely, sql } from 'kysely';
import type { ReadDatabase } from '../database/read-database';
import { decrypt, encrypt, newKey } from './aes-gcm';

export const KEYS_TABLE = 'personal_data_keys';

/** What the vault holds for a subject: a key, a tombstone, or nothing (never sealed for). */
export type SubjectKey = { readonly state: 'live'; readonly key: Buffer } | { readonly state: 'erased' } | { readonly state: 'unknown' };

/** A live key as an export carries it: still wrapped, so it is only as readable as the master key. */
export interface WrappedKeyRecord {
  readonly subjectId: string;
  /** Base64 of the data key wrapped with AES-256-GCM under the master key. */
  readonly wrappedKey: string;
  readonly createdAt: string;
}

interface KeyRow {
  readonly subjectId: string;
  readonly wrappedKey: Buffer | Uint8Array | null;
  readonly createdAt: string;
  readonly erasedAt: string | null;
}

// Rows per statement: 500 of four columns stay far below SQLite's and PostgreSQL's limits on bound values.
const CHUNK = 500;

// Binds a wrapped key to its subject: a key row copied onto another subject does not unwrap.
const wrapping = (subject: string): string => `sijill/data-key/1/${subject}`;

/**
 * One data key per subject (a member), wrapped by the master key, in a table of the
 * read database that projection rebuilds never drop. Erasing a subject destroys its
 * key and leaves a tombstone (no key bytes), so the subject's sealed fields, wherever
 * they are stored or copied, can never be opened again, and nothing new is ever
 * sealed readably for it.
 */
export class PersonalDataVault {
  private readonly listeners = new Set<(subject: string) => void>();

  private constructor(
    private readonly readDb: ReadDatabase,
    private readonly masterKey: Buffer,
    private readonly now: () => Date,
  ) {}

  /** Creates the key table when missing. */
  static async open(readDb: ReadDatabase, masterKey: Buffer, now: () => Date = () => new Date()): Promise<PersonalDataVault> {
    await readDb.exclusive(() => createKeysTable(readDb.db, readDb.dialect));
    return new PersonalDataVault(readDb, masterKey, now);
  }

  get dialect(): 'sqlite' | 'postgres' {
    return this.readDb.dialect;
  }

  /** The subject's data key, made on first use; null once the subject was erased. */
  async keyForSealing(subject: string): Promise<Buffer | null> {
    return (await this.keysForSealing([subject])).get(subject) ?? null;
  }

  /**
   * Each subject's data key, made on first use; null for an erased subject. A batch
   * costs one select, and one insert for the subjects new to the vault.
   */
  async keysForSealing(subjects: Iterable<string>): Promise<Map<string, Buffer | null>> {
    const keys = new Map<string, Buffer | null>();
    const missing: string[] = [];
    for (const [subject, held] of await this.keysOf(subjects)) {
      if (held.state === 'unknown') missing.push(subject);
      else keys.set(subject, held.state === 'live' ? held.key : null);
    }
    if (missing.length === 0) return keys;
    // Sorted, so that two PostgreSQL writers inserting overlapping batches take their row locks in one order.
    const made = new Map(missing.sort().map((subject) => [subject, newKey()] as const));
    const inserted = await this.insertKeys(made);
    for (const subject of inserted) keys.set(subject, made.get(subject)!);
    // Another writer stored these subjects' keys (or tombstones) first: theirs are the ones.
    const lost = missing.filter((subject) => !inserted.has(subject));
    for (const [subject, held] of lost.length === 0 ? [] : await this.keysOf(lost)) {
      if (held.state === 'unknown') throw new Error(`The key of ${subject} vanished while it was being made`);
      keys.set(subject, held.state === 'live' ? held.key : null);
    }
    return keys;
  }

  async keysOf(subjects: Iterable<string>): Promise<Map<string, SubjectKey>> {
    const wanted = [...new Set(subjects)];
    const found = new Map<string, SubjectKey>(wanted.map((subject) => [subject, { state: 'unknown' }]));
    for (let start = 0; start < wanted.length; start += CHUNK) {
      const rows = (await this.readDb.db.selectFrom(KEYS_TABLE).selectAll().where('subjectId', 'in', wanted.slice(start, start + CHUNK)).execute()) as KeyRow[];
      for (const row of rows) {
        const key = this.liveKeyOf(row);
        found.set(row.subjectId, key ? { state: 'live', key } : { state: 'erased' });
      }
    }
    return found;
  }

  async isErased(subject: string): Promise<boolean> {
    const row = await this.row(subject);
    return row !== null && row.wrappedKey === null;
  }

  /**
   * Destroys the subject's key and leaves its tombstone. `db` is a transaction when
   * the shredding must commit with other writes. Safe to repeat.
   */
  async shred(subject: string, db?: Kysely<any>): Promise<void> {
    const at = this.now().toISOString();
    const write = (target: Kysely<any>) =>
      target
        .insertInto(KEYS_TABLE)
        .values({ subjectId: subject, wrappedKey: null, createdAt: at, erasedAt: at })
        .onConflict((conflict) =>
          conflict.column('subjectId').doUpdateSet((eb) => ({ wrappedKey: null, erasedAt: eb.fn.coalesce(`${KEYS_TABLE}.erasedAt`, eb.ref('excluded.erasedAt')) })),
        )
        .execute();
    if (db) await write(db);
    else await this.readDb.exclusive(() => write(this.readDb.db));
    for (const listener of this.listeners) listener(subject);
  }

  /** Told of every shredding done through this vault, e.g. to drop cached names. */
  onShred(listener: (subject: string) => void): void {
    this.listeners.add(listener);
  }

  /** Changes whenever a subject is erased, here or by another process: for caches of opened data. */
  async erasureMark(): Promise<string> {
    const row = await this.readDb.db
      .selectFrom(KEYS_TABLE)
      .select((eb) => [eb.fn.countAll().as('erased'), eb.fn.max('erasedAt').as('last')])
      .where('erasedAt', 'is not', null)
      .executeTakeFirst();
    return `${Number(row?.erased ?? 0)}@${String(row?.last ?? '')}`;
  }

  /**
   * SQLite keeps superseded pages in its write-ahead log until a checkpoint: after
   * an erasure, copy the log into the file (where secure_delete zeroed what was freed)
   * and empty it, so no earlier copy of a key or a name stays on disk.
   */
  async settle(): Promise<void> {
    if (this.readDb.dialect !== 'sqlite') return;
    await this.readDb.exclusive(() => sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(this.readDb.db));
  }

  /** Every live key, still wrapped: what an export carries so an import under the same master key reads the same names. */
  async liveKeys(): Promise<WrappedKeyRecord[]> {
    const rows = (await this.readDb.db.selectFrom(KEYS_TABLE).selectAll().where('wrappedKey', 'is not', null).orderBy('subjectId').execute()) as KeyRow[];
    return rows.map((row) => ({ subjectId: row.subjectId, wrappedKey: Buffer.from(row.wrappedKey!).toString('base64'), createdAt: row.createdAt }));
  }

  /**
   * Adds exported keys. Each must unwrap under this vault's master key, or nothing is
   * added; a subject already known here (a key, or a tombstone) keeps what it has,
   * so an import never brings an erased subject's key back.
   */
  async importKeys(records: readonly WrappedKeyRecord[]): Promise<number> {
    const rows = records.map((record) => {
      const wrappedKey = Buffer.from(record.wrappedKey, 'base64');
      try {
        this.unwrap(record.subjectId, wrappedKey);
      } catch {
        throw new Error(`The key of ${record.subjectId} does not open with this master key: set SIJILL_MASTER_KEY (or the key file) to the one of the exporting service`);
      }
      return { subjectId: record.subjectId, wrappedKey, createdAt: record.createdAt, erasedAt: null };
    });
    if (rows.length === 0) return 0;
    let added = 0;
    await this.readDb.exclusive(() =>
      this.readDb.db.transaction().execute(async (trx) => {
        for (let start = 0; start < rows.length; start += CHUNK) {
          const result = await trx
            .insertInto(KEYS_TABLE)
            .values(rows.slice(start, start + CHUNK))
            .onConflict((conflict) => conflict.column('subjectId').doNothing())
            .executeTakeFirst();
          added += Number(result.numInsertedOrUpdatedRows ?? 0);
        }
      }),
    );
    return added;
  }

  /** Stores new keys where no row is yet; answers the subjects whose rows this insert made. */
  private async insertKeys(keys: ReadonlyMap<string, Buffer>): Promise<Set<string>> {
    const createdAt = this.now().toISOString();
    const rows = [...keys].map(([subjectId, key]) => ({ subjectId, wrappedKey: this.wrap(subjectId, key), createdAt, erasedAt: null }));
    const inserted = new Set<string>();
    await this.readDb.exclusive(() =>
      this.readDb.db.transaction().execute(async (trx) => {
        for (let start = 0; start < rows.length; start += CHUNK) {
          const made = await trx
            .insertInto(KEYS_TABLE)
            .values(rows.slice(start, start + CHUNK))
            .onConflict((conflict) => conflict.column('subjectId').doNothing())
            .returning('subjectId')
            .execute();
          for (const { subjectId } of made) inserted.add(subjectId as string);
        }
      }),
    );
    return inserted;
  }

  private async row(subject: string): Promise<KeyRow | null> {
    return ((await this.readDb.db.selectFrom(KEYS_TABLE).selectAll().where('subjectId', '=', subject).executeTakeFirst()) as KeyRow | undefined) ?? null;
  }

  private liveKeyOf(row: KeyRow): Buffer | null {
    return row.wrappedKey === null ? null : this.unwrap(row.subjectId, Buffer.from(row.wrappedKey));
  }

  private wrap(subject: string, key: Buffer): Buffer {
    return encrypt(this.masterKey, key, wrapping(subject));
  }

  private unwrap(subject: string, wrapped: Buffer): Buffer {
    return decrypt(this.masterKey, wrapped, wrapping(subject));
  }
}

/** Not a projection table: no rebuild drops it, and it lives as long as the read database. */
const createKeysTable = async (db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> => {
  await db.transaction().execute(async (trx) => {
    // Two instances starting together must not both create it.
    if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(hashtext('sijill_personal_data_keys'))`.execute(trx);
    await trx.schema
      .createTable(KEYS_TABLE)
      .ifNotExists()
      .addColumn('subjectId', 'text', (c) => c.primaryKey())
      // null once erased: the row stays as a tombstone.
      .addColumn('wrappedKey', dialect === 'postgres' ? 'bytea' : 'blob')
      .addColumn('createdAt', 'text', (c) => c.notNull())
      .addColumn('erasedAt', 'text')
      .execute();
    await trx.schema.createIndex(`${KEYS_TABLE}_erased`).ifNotExists().on(KEYS_TABLE).column('erasedAt').execute();
  });
};
