import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { KurrentDbConfigError, KurrentDbUnavailableError, parseConnectionTarget, scrub } from './connection-string.mapping';

describe('KurrentDB connection string mapping', () => {
  it.each([
    ['kurrentdb://127.0.0.1:2113?tls=false', 'kurrentdb://127.0.0.1:2113?tls=false', false],
    ['kdb://node1:2113,node2:2113', 'kdb://node1:2113,node2:2113', false],
    ['kurrentdb+discover://cluster.local:2113', 'kurrentdb+discover://cluster.local:2113', false],
    ['esdb://node1:2113?tls=false', 'kurrentdb://node1:2113?tls=false', true],
    ['esdb+discover://cluster.local:2113', 'kurrentdb+discover://cluster.local:2113', true],
    ['  KurrentDB://node1:2113  ', 'kurrentdb://node1:2113', false],
  ])('hands %p to the client as %p', (raw, expected, legacy) => {
    const target = parseConnectionTarget(raw);
    expect(target.connectionString).toBe(expected);
    expect(target.legacyScheme).toBe(legacy);
  });

  it('produces strings the installed client accepts, legacy scheme included', () => {
    for (const raw of ['kurrentdb://h:2113?tls=false', 'kdb+discover://a:b@h:2113', 'esdb://h1:2113,h2:2113']) {
      const client = KurrentDBClient.connectionString(parseConnectionTarget(raw).connectionString);
      void client.dispose();
    }
  });

  it('names the hosts and hides the password, however it is spelt', () => {
    const target = parseConnectionTarget('kurrentdb://admin:p%40ss:w0rd@node1:2113,node2:2113?tls=true');

    expect(target.hosts).toBe('node1:2113,node2:2113');
    expect(target.redacted).toBe('kurrentdb://admin:***@node1:2113,node2:2113?tls=true');
    expect(target.secrets).toEqual(['p%40ss:w0rd', 'p@ss:w0rd']);
    expect(target.connectionString).toContain('p%40ss:w0rd');
    expect(scrub('bad "p%40ss:w0rd" and p@ss:w0rd', target)).toBe('bad "***" and ***');
  });

  it('leaves a string without credentials as it is', () => {
    const target = parseConnectionTarget('kurrentdb://node1:2113/?tls=false');
    expect(target).toMatchObject({ hosts: 'node1:2113', redacted: 'kurrentdb://node1:2113/?tls=false', secrets: [] });
  });

  it.each([
    ['http://admin:secret@node1:2113', /scheme must be/],
    ['node1:2113', /scheme must be/],
    ['kurrentdb://', /names no host/],
    ['kurrentdb://admin:secret@?tls=false', /names no host/],
  ])('refuses %p with a message that names the variable, never the password', (raw, reason) => {
    let caught: unknown;
    try {
      parseConnectionTarget(raw);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KurrentDbConfigError);
    const message = (caught as Error).message;
    expect(message).toMatch(reason);
    expect(message).toContain('KURRENTDB_CONNECTION_STRING');
    expect(message).not.toContain('secret');
  });

  it('redacts a string without a scheme too', () => {
    expect(() => parseConnectionTarget('admin:secret@node1:2113')).toThrow('(admin:***@node1:2113)');
  });

  it('says where the server was expected when it does not answer, and carries nothing secret', () => {
    const target = parseConnectionTarget('kurrentdb://admin:secret@node1:2113?tls=false');
    const error = new KurrentDbUnavailableError(target, 'UnavailableError');

    expect(error.message).toContain('KURRENTDB_CONNECTION_STRING=kurrentdb://admin:***@node1:2113?tls=false');
    expect(error.message).toContain('did not answer at node1:2113');
    expect(new KurrentDbUnavailableError(target, 'no answer within 5000 ms.').message).toContain('5000 ms. Check');
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('secret');
  });
});
