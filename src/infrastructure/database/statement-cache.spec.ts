import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { withStatementCache } from './statement-cache';

describe('prepared statements kept by SQL text', () => {
  it('prepares a query once however often it runs, and answers as a fresh statement would', async () => {
    const sqlite = new Database(':memory:');
    const prepare = jest.spyOn(sqlite, 'prepare');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    await db.schema.createTable('rows').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('n', 'integer').execute();
    for (let n = 0; n < 50; n++) await db.insertInto('rows').values({ id: `r${n}`, n }).execute();
    const found = [];
    for (let n = 0; n < 50; n += 7) found.push(await db.selectFrom('rows').select('n').where('id', '=', `r${n}`).executeTakeFirst());
    expect(found.map((row) => row?.n)).toEqual([0, 7, 14, 21, 28, 35, 42, 49]);
    const texts = prepare.mock.calls.map(([sql]) => sql);
    expect(texts.filter((sql) => sql.startsWith('insert'))).toHaveLength(1);
    expect(texts.filter((sql) => sql.startsWith('select'))).toHaveLength(1);
    await db.destroy();
  });

  it('lets the least recently used statements go beyond its capacity', async () => {
    const sqlite = new Database(':memory:');
    const prepare = jest.spyOn(sqlite, 'prepare');
    const cache = withStatementCache(sqlite, 2);
    cache.prepare('SELECT 1');
    cache.prepare('SELECT 2');
    cache.prepare('SELECT 1');
    cache.prepare('SELECT 3');
    cache.prepare('SELECT 1');
    cache.prepare('SELECT 2');
    expect(prepare.mock.calls.map(([sql]) => sql)).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
    sqlite.close();
  });

  it('prepares a long write each time instead of keeping it, and keeps a long read', () => {
    const sqlite = new Database(':memory:');
    sqlite.exec('CREATE TABLE rows (n INTEGER)');
    const prepare = jest.spyOn(sqlite, 'prepare');
    const cache = withStatementCache(sqlite);
    const values = Array.from({ length: 1_000 }, (_, n) => n);
    const write = `INSERT INTO rows (n) VALUES ${values.map((n) => `(${n})`).join(', ')}`;
    const read = `SELECT ${values.join(' + ')} AS total`;
    expect(Math.min(write.length, read.length)).toBeGreaterThan(4_096);
    for (let round = 0; round < 2; round++) {
      cache.prepare(write);
      cache.prepare(read);
    }
    expect(prepare.mock.calls.map(([sql]) => (sql === write ? 'write' : 'read'))).toEqual(['write', 'read', 'write']);
    sqlite.close();
  });

  it('prepares a read beyond any query of ours each time', () => {
    const sqlite = new Database(':memory:');
    const prepare = jest.spyOn(sqlite, 'prepare');
    const cache = withStatementCache(sqlite);
    const huge = `SELECT '${'x'.repeat(100_000)}' AS padding`;
    cache.prepare(huge);
    cache.prepare(huge);
    expect(prepare).toHaveBeenCalledTimes(2);
    sqlite.close();
  });
});
