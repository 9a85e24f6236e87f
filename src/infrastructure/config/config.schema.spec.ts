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
      SIJILL_GRAPHQL_MAX_DEPTH: 10,
      SIJILL_GRAPHQL_MAX_COST: 25000,
      SIJILL_RATE_LIMIT: 10000,
      SIJILL_RATE_WINDOW_MS: 60000,
      SIJILL_BODY_LIMIT_BYTES: 102400,
      SIJILL_AUTH: 'on',
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

describe('configuration of the master key', () => {
  it('accepts the base64 of 32 bytes', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(validateConfig({ SIJILL_MASTER_KEY: key }).SIJILL_MASTER_KEY).toBe(key);
  });

  it('rejects a key of another length, naming the variable without echoing the value', () => {
    const short = Buffer.alloc(16, 7).toString('base64');
    expect(() => validateConfig({ SIJILL_MASTER_KEY: short })).toThrow(/SIJILL_MASTER_KEY: must be the base64 of 32 random bytes/);
    expect(() => validateConfig({ SIJILL_MASTER_KEY: short })).not.toThrow(short);
  });
});

describe('configuration of authentication', () => {
  const secret = 'a-shared-secret-of-at-least-32-chars';

  it('is on unless turned off, and needs no token settings to run on API keys alone', () => {
    expect(validateConfig({}).SIJILL_AUTH).toBe('on');
    expect(validateConfig({ SIJILL_AUTH: 'off' }).SIJILL_AUTH).toBe('off');
    expect(() => validateConfig({ SIJILL_AUTH: 'disabled' })).toThrow(/SIJILL_AUTH="disabled"/);
  });

  it('requires the issuer and the audience once tokens are configured', () => {
    expect(() => validateConfig({ SIJILL_JWT_SECRET: secret })).toThrow(/SIJILL_JWT_ISSUER: is required when SIJILL_JWT_SECRET is set/);
    expect(() => validateConfig({ SIJILL_JWT_JWKS_URL: 'https://id.example/jwks', SIJILL_JWT_ISSUER: 'https://id.example' })).toThrow(
      /SIJILL_JWT_AUDIENCE: is required when SIJILL_JWT_JWKS_URL is set/,
    );
    expect(validateConfig({ SIJILL_JWT_SECRET: secret, SIJILL_JWT_ISSUER: 'https://id.example', SIJILL_JWT_AUDIENCE: 'sijill' })).toMatchObject({
      SIJILL_JWT_ISSUER: 'https://id.example',
      SIJILL_JWT_AUDIENCE: 'sijill',
    });
  });

  it('refuses two ways of verifying tokens at once', () => {
    expect(() =>
      validateConfig({ SIJILL_JWT_SECRET: secret, SIJILL_JWT_JWKS_URL: 'https://id.example/jwks', SIJILL_JWT_ISSUER: 'i', SIJILL_JWT_AUDIENCE: 'a' }),
    ).toThrow(/set only one of SIJILL_JWT_SECRET, SIJILL_JWT_JWKS_URL/);
  });

  it('refuses a short shared secret without echoing it', () => {
    expect(() => validateConfig({ SIJILL_JWT_SECRET: 'short-secret', SIJILL_JWT_ISSUER: 'i', SIJILL_JWT_AUDIENCE: 'a' })).toThrow(
      /SIJILL_JWT_SECRET: must be at least 32 characters/,
    );
    expect(() => validateConfig({ SIJILL_JWT_SECRET: 'short-secret', SIJILL_JWT_ISSUER: 'i', SIJILL_JWT_AUDIENCE: 'a' })).not.toThrow(/short-secret/);
  });
});
