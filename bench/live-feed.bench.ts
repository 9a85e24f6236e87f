import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { createClient } from 'graphql-ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { AppModule } from '../src/app.module';
import { AuthSettings } from '../src/infrastructure/auth/auth-settings';
import type { NewEvent } from '../src/events/envelope';
import { EVENT_STORE } from '../src/infrastructure/event-store/event-store.port';
import { SqliteEventStore } from '../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { LogTail } from '../src/projections/activity-feed/live/log-tail';
import type { Section } from './section';

/**
 * Live feed: N graphql-ws subscribers of one unit on the embedded store; memory
 * per subscriber (heap and RSS growth while connected, server and clients in one
 * process, so an upper bound) and append → delivery latency for a train of events.
 */
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 50);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 200);

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

const settle = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) {
    global.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

export const liveFeedBench = async (): Promise<Record<string, number>> => {
  const dir = mkdtempSync(join(tmpdir(), 'sijill-bench-'));
  const store = new SqliteEventStore({ path: join(dir, 'sijill.db') });
  // Delivery is measured here, not authentication: subscribers connect as the service does with SIJILL_AUTH=off.
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(EVENT_STORE)
    .useValue(store)
    .overrideProvider(AuthSettings)
    .useValue(new AuthSettings(false, null))
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace(/^http/, 'ws') + '/graphql';
  const tail = app.get(LogTail);
  await store.append('orgUnit-pam', [event('pam-root', 'OrgUnitEstablished', { unitId: 'pam', parentId: null, path: '/pam', level: 'NATIONAL', kind: 'PARTY', parallel: false, name: { ar: 'البام' }, shortName: null, territory: null, establishedOn: '2008-08-08' })], 'noStream');
  await new Promise((resolve) => setTimeout(resolve, 500));

  await settle();
  const before = process.memoryUsage();
  const received: Map<string, number>[] = [];
  const clients = Array.from({ length: Math.ceil(SUBSCRIBERS / 10) }, () => createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true }));
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const seen = new Map<string, number>();
    received.push(seen);
    clients[i % clients.length]!.subscribe<{ activity: { id: string } }>(
      { query: 'subscription { activity(unitId: "pam") { id type position } }' },
      { next: (result) => seen.set(result.data!.activity.id, performance.now()), error: () => undefined, complete: () => undefined },
    );
  }
  const connecting = Date.now() + 120_000;
  while (tail.subscriberCount < SUBSCRIBERS) {
    if (Date.now() > connecting) throw new Error(`Only ${tail.subscriberCount} of ${SUBSCRIBERS} subscribers connected within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await settle();
  const connected = process.memoryUsage();

  const sentAt = new Map<string, number>();
  for (let i = 0; i < EVENTS; i++) {
    const joined = event(`bench-${i}`, 'MemberJoined', { memberId: `m-${i}`, unitId: 'pam', fullName: { ar: `عضو ${i}` }, honorific: null, joinedOn: '2021-06-07' });
    sentAt.set(joined.id, performance.now());
    await store.append(`member-m-${i}`, [joined], 'noStream');
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
  const deadline = Date.now() + 120_000;
  while (received.some((seen) => seen.size < EVENTS) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const latencies: number[] = [];
  for (const seen of received) for (const [id, at] of seen) latencies.push(at - sentAt.get(id)!);
  const complete = received.filter((seen) => seen.size === EVENTS).length;

  await Promise.all(clients.map((client) => client.dispose()));
  await app.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    subscribers: SUBSCRIBERS,
    events: EVENTS,
    subscribersComplete: complete,
    heapPerSubscriberKiB: (connected.heapUsed - before.heapUsed) / SUBSCRIBERS / 1024,
    rssPerSubscriberKiB: (connected.rss - before.rss) / SUBSCRIBERS / 1024,
    latencyP50ms: percentile(latencies, 50),
    latencyP99ms: percentile(latencies, 99),
  };
};

let sequence = 0;
const event = (id: string, type: string, data: unknown): NewEvent => ({
  id: `00000000-0000-4000-b000-${String(++sequence).padStart(12, '0')}`,
  type,
  schemaVersion: 1,
  data,
  metadata: { actor: 'bench', correlationId: id, causationId: null, occurredAt: '2021-06-07T12:00:00.000Z', unitPath: '/pam' },
});

/** The live feed as a report section: each figure over `runs` runs of the whole measure. */
export const liveFeedSection = async (options: { readonly runs: number }): Promise<Section> => {
  const results: Record<string, number>[] = [];
  for (let run = 0; run < options.runs; run++) results.push(await liveFeedBench());
  const figure = (measure: string, key: string, unit: string, better: 'higher' | 'lower') => ({ measure, unit, better, runs: results.map((result) => result[key]!) });
  return {
    title: 'Live feed (embedded SQLite store)',
    method:
      `${SUBSCRIBERS.toLocaleString('en-US')} graphql-ws subscribers of one unit, ${EVENTS} events appended one at a time, ${INTERVAL_MS} ms apart; ` +
      "latency is from the append to the client's callback (a faster train measures queueing, not delivery). Server and " +
      'clients share one process and the two cores, so the figures are upper bounds for the server alone.',
    figures: [
      figure('subscribers that received every event', 'subscribersComplete', 'subscribers', 'higher'),
      figure('heap per subscriber', 'heapPerSubscriberKiB', 'KiB', 'lower'),
      figure('RSS per subscriber', 'rssPerSubscriberKiB', 'KiB', 'lower'),
      figure('append → delivery, p50', 'latencyP50ms', 'ms', 'lower'),
      figure('append → delivery, p99', 'latencyP99ms', 'ms', 'lower'),
    ],
    notes: [],
  };
};
