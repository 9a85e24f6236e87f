import { validateConfig } from './config.schema';

describe('configuration', () => {
  it('needs nothing to run on the embedded store', () => {
    expect(validateConfig({})).toEqual({
      SIJILL_EVENT_STORE: 'sqlite',
      SQLITE_PATH: './data/sijill.db',
      DATABASE_SCHEMA: 'public',
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
