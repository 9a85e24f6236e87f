import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Scope } from '../../infrastructure/auth/access';
import { inScopeOf, inSubtree } from './subtree.sql';

const PATHS = ['/pam', '/pam/fes-meknes', '/pam/fes-meknes/el-hajeb', '/pam/fes-meknes-sud', '/pam/oriental', '/pam/oriental/nador', '/pam/oriental0'];

describe('scoping rows by unit path in SQL', () => {
  let db: Kysely<any>;

  beforeAll(async () => {
    db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
    await db.schema.createTable('units').addColumn('path', 'text').execute();
    await db.insertInto('units').values(PATHS.map((path) => ({ path }))).execute();
  });
  afterAll(async () => db.destroy());

  const pathsIn = async (scope: Scope): Promise<string[]> =>
    (await db.selectFrom('units').select('path').where(inScopeOf('path', scope)).orderBy('path').execute()).map((row) => row.path as string);

  it('keeps every row for the whole register and none for an empty scope', async () => {
    expect(await pathsIn('all')).toEqual([...PATHS].sort());
    expect(await pathsIn([])).toEqual([]);
  });

  it('keeps each subtree of a scope, and not a sibling whose id only starts the same', async () => {
    expect(await pathsIn(['/pam/fes-meknes'])).toEqual(['/pam/fes-meknes', '/pam/fes-meknes/el-hajeb']);
    expect(await pathsIn(['/pam/fes-meknes/el-hajeb', '/pam/oriental'])).toEqual(['/pam/fes-meknes/el-hajeb', '/pam/oriental', '/pam/oriental/nador']);
  });

  it('agrees with inSubtree for a scope of one path', async () => {
    const subtree = (await db.selectFrom('units').select('path').where(inSubtree('path', '/pam/oriental')).orderBy('path').execute()).map((row) => row.path);
    expect(await pathsIn(['/pam/oriental'])).toEqual(subtree);
  });
});
