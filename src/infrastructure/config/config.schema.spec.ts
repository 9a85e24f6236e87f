import { validateConfig } from './config.schema';

describe('configuration', () => {
  it('needs nothing to run on the embedded store', () => {
    expect(validateConfig({})).toEqual({
      SIJILL_EVENT_STORE: 'sqlite',
      SQLITE_PATH: './data/sijill.db',
      DATABASE_SCHEMA: 'public',
      SIJILL_PROJECTIONS: 'on',
      SIJILL_FEED_BUFFER: 1000,
      SIJILL_FEED_MAX_REPLAY: 10000,
      SIJILL_ANCHOR_EVERY: 1000,
      PORT: 3000,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
    });
  });

  it('accepts PostgreSQL with a connection URL', () => {
    const config = validateConfig({ SIJILL_EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://u@db:5432/sijill', PORT: '8080' });
    expect(config).toMatchObject({ SIJILL_EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://u@db:5432/sijill', PORT: 8080 });
  });

  it('names the variable and the value it rejects', () => {
    expect(() => validateConfig({ SIJILL_EVENT_STORE: 'mongodb' })).toThrow(/SIJILL_EVENT_STORE="mongodb"/);
    expect(() => validateConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
  });

  it('requires DATABASE_URL when the store is PostgreSQL', () => {
    expect(() => validateConfig({ SIJILL_EVENT_STORE: 'postgres' })).toThrow(/DATABASE_URL: is required when SIJILL_EVENT_STORE=postgres/);
  });
});

describe('configuration of KurrentDB and the read database', () => {
  it('requires a connection string for KurrentDB and accepts the legacy esdb scheme', () => {
    expect(() => validateConfig({ SIJILL_EVENT_STORE: 'kurrentdb' })).toThrow(/KURRENTDB_CONNECTION_STRING: is required/);
    expect(validateConfig({ SIJILL_EVENT_STORE: 'kurrentdb', KURRENTDB_CONNECTION_STRING: 'esdb://node1:2113?tls=false' })).toMatchObject({
      KURRENTDB_CONNECTION_STRING: 'esdb://node1:2113?tls=false',
    });
  });

  it('rejects a read database that is neither SQLite nor PostgreSQL', () => {
    expect(() => validateConfig({ SIJILL_READ_DB: 'mysql://db' })).toThrow(/SIJILL_READ_DB="mysql:\/\/db": must be sqlite:<path> or a postgres:\/\/ URL/);
    expect(validateConfig({ SIJILL_READ_DB: 'sqlite:./data/read.db' }).SIJILL_READ_DB).toBe('sqlite:./data/read.db');
  });
});
