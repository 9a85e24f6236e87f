import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiKeyStreamId, memberStreamId, principalStreamId } from '../../events/stream-ids';
import { SqliteEventStore } from '../../infrastructure/event-store/sqlite/sqlite-event-store';
import { AccessCache, type AccessReads } from './access-cache';
import { PrincipalDirectory } from './principal-directory';
import { numberedEvents } from '../../../test/support/numbered-events';

const KEY = '0b6f3c7e-2d4a-4b1e-9f3a-1c2d3e4f5a6b';
const PRINCIPAL = 'viewer@fes';

const event = numberedEvents('admin');

const GRANT = { principalId: PRINCIPAL, role: 'VIEWER', unitId: 'fes-meknes', unitPath: '/pam/fes-meknes' };
const issue = (store: SqliteEventStore) =>
  store.append(apiKeyStreamId(KEY), [event('ApiKeyIssued', { keyId: KEY, principalId: PRINCIPAL, label: 'office', secretHash: 'a'.repeat(64) })], 'noStream');
const revokeKey = (store: SqliteEventStore) => store.append(apiKeyStreamId(KEY), [event('ApiKeyRevoked', { keyId: KEY, principalId: PRINCIPAL, reason: null })], 'any');
const grant = (store: SqliteEventStore) => store.append(principalStreamId(PRINCIPAL), [event('RoleGranted', GRANT)], 'any');
const revokeRole = (store: SqliteEventStore) => store.append(principalStreamId(PRINCIPAL), [event('RoleRevoked', GRANT)], 'any');

/** The streams' own reads, counted: how often the cache went to the store for a key or a principal. */
const counted = (directory: PrincipalDirectory) => {
  const reads = { keys: 0, grants: 0 };
  const streams: AccessReads = {
    apiKey: (keyId) => ((reads.keys += 1), directory.apiKey(keyId)),
    grantsOf: (principalId) => ((reads.grants += 1), directory.grantsOf(principalId)),
  };
  return { reads, streams };
};

const keyStatus = async (cache: AccessCache): Promise<string> => (await (await cache.current()).apiKey(KEY)).status;
const roles = async (cache: AccessCache): Promise<string[]> => (await (await cache.current()).grantsOf(PRINCIPAL)).map((held) => held.role);

describe('keys and grants kept between requests', () => {
  let store: SqliteEventStore;
  let cache: AccessCache;
  let reads: { keys: number; grants: number };

  beforeEach(async () => {
    store = new SqliteEventStore({ path: ':memory:' });
    const count = counted(new PrincipalDirectory(store));
    reads = count.reads;
    cache = new AccessCache(store, count.streams);
    await issue(store);
    await grant(store);
  });
  afterEach(async () => store.close());

  it('reads a key and a principal once while the log stands still', async () => {
    for (let request = 0; request < 5; request++) {
      expect(await keyStatus(cache)).toBe('Active');
      expect(await roles(cache)).toEqual(['VIEWER']);
    }
    expect(reads).toEqual({ keys: 1, grants: 1 });
  });

  it('refuses a key from the first request after its revocation', async () => {
    expect(await keyStatus(cache)).toBe('Active');
    await revokeKey(store);
    expect(await keyStatus(cache)).toBe('Revoked');
  });

  it('drops a revoked role, and shows a new one, from the next request on', async () => {
    expect(await roles(cache)).toEqual(['VIEWER']);
    await revokeRole(store);
    expect(await roles(cache)).toEqual([]);
    await grant(store);
    expect(await roles(cache)).toEqual(['VIEWER']);
  });

  it('keeps what it read when only other streams move', async () => {
    await keyStatus(cache);
    await roles(cache);
    await store.append(memberStreamId('m1'), [event('MemberJoined', { memberId: 'm1' }, '/pam/fes-meknes')], 'noStream');
    expect(await keyStatus(cache)).toBe('Active');
    expect(await roles(cache)).toEqual(['VIEWER']);
    expect(reads).toEqual({ keys: 1, grants: 1 });
  });

  it('does not let a read that began before a revocation outlive it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const directory = new PrincipalDirectory(store);
    let keyReads = 0;
    // The first key read finds the key active, then is held until another request has read it revoked.
    const apiKey = async (id: string) => {
      const state = await directory.apiKey(id);
      if ((keyReads += 1) === 1) await held;
      return state;
    };
    const slow = new AccessCache(store, { grantsOf: (id) => directory.grantsOf(id), apiKey });
    const early = (await slow.current()).apiKey(KEY);
    await revokeKey(store);
    expect((await (await slow.current()).apiKey(KEY)).status).toBe('Revoked');
    release();
    expect((await early).status).toBe('Active');
    expect(await keyStatus(slow)).toBe('Revoked');
  });
});

describe('keys kept by one process while another records', () => {
  let dir: string;
  let service: SqliteEventStore;
  let operator: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sijill-access-cache-'));
    service = new SqliteEventStore({ path: join(dir, 'events.db') });
    operator = new SqliteEventStore({ path: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await service.close();
    await operator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a key that the other process revoked, from the next request on', async () => {
    const cache = new AccessCache(service, counted(new PrincipalDirectory(service)).streams);
    await issue(operator);
    expect(await keyStatus(cache)).toBe('Active');
    await revokeKey(operator);
    expect(await keyStatus(cache)).toBe('Revoked');
  });
});
