import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { ClientsCommand, ClientsReport, Received } from './live-feed-protocol';

/**
 * The live feed's subscribers, in a process of their own so that parsing a
 * thousand messages per event does not queue on the service's event loop. Ten
 * subscriptions share each connection, as browser tabs of one user would.
 * Started by live-feed.bench.ts over IPC: it connects on start, and on `collect`
 * waits until every subscriber holds `events` items (or `waitMs` passed), then
 * sends back what each received and when, on the machine clock the appender uses.
 */
const url = process.env.LIVE_FEED_URL!;
const subscribers = Number(process.env.LIVE_FEED_SUBSCRIBERS);
// Resolved once the message is handed to the channel: a large report must not be cut off by the exit.
const send = (message: ClientsReport): Promise<void> => new Promise((resolve, reject) => process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())));

const received: Received[] = [];
let cpuAtFirstItem: NodeJS.CpuUsage | null = null;
const clients = Array.from({ length: Math.ceil(subscribers / 10) }, () => createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true }));
for (let i = 0; i < subscribers; i++) {
  const seen: Received = { ids: [], at: [], ended: null };
  received.push(seen);
  clients[i % clients.length]!.subscribe<{ activity: { id: string } }>(
    { query: 'subscription { activity(unitId: "pam") { id type position } }' },
    {
      next: (result) => {
        cpuAtFirstItem ??= process.cpuUsage();
        seen.at.push(performance.timeOrigin + performance.now());
        seen.ids.push(result.data?.activity.id ?? `error: ${JSON.stringify(result.errors)}`);
      },
      error: (error) => (seen.ended = `error: ${error instanceof Error ? error.message : JSON.stringify(error)}`),
      complete: () => (seen.ended = 'completed'),
    },
  );
}

const collect = async (events: number, waitMs: number): Promise<void> => {
  const deadline = Date.now() + waitMs;
  while (received.some((seen) => seen.ids.length < events && seen.ended === null) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const cpu = process.cpuUsage(cpuAtFirstItem ?? undefined);
  await send({ kind: 'received', received, cpuMs: (cpu.user + cpu.system) / 1000 });
  await Promise.all(clients.map((client) => client.dispose()));
  process.disconnect();
};

process.on('message', (command: ClientsCommand) => void collect(command.events, command.waitMs));
