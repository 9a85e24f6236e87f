import { BACKWARDS, END, KurrentDBClient } from '@kurrent/kurrentdb-client';
import { KurrentDbConfigError, KurrentDbUnavailableError, parseConnectionTarget, scrub } from './connection-string.mapping';
import type { KurrentClientPort } from './kurrentdb-client.port';
import { LEADER } from './kurrentdb-records';

/** One round trip to the leader: the newest record of `$all`, whoever wrote it. */
export const probe = async (client: KurrentClientPort): Promise<void> => {
  for await (const _ of client.readAll({ ...LEADER, direction: BACKWARDS, fromPosition: END, maxCount: 1 })) break;
};

export const withDeadline = <T>(work: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
};

/**
 * A client that has answered once. The client connects lazily and, left alone,
 * keeps retrying discovery; a first read under a short deadline turns a wrong
 * address, a down cluster or a TLS mismatch into an error at start-up that names
 * KURRENTDB_CONNECTION_STRING and the hosts, never the password.
 */
export const connectClient = async (connectionString: string, timeoutMs: number): Promise<KurrentDBClient> => {
  const target = parseConnectionTarget(connectionString);
  let client: KurrentDBClient;
  try {
    client = KurrentDBClient.connectionString(target.connectionString);
  } catch (error) {
    throw new KurrentDbConfigError(target.redacted, scrub((error as Error).message, target));
  }
  try {
    await withDeadline(probe(client), timeoutMs);
  } catch (error) {
    await client.dispose().catch(() => undefined);
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new KurrentDbUnavailableError(target, scrub(reason, target));
  }
  return client;
};
