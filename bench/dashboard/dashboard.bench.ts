import autocannon from 'autocannon';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rebuildInChild, rebuiltStore } from '../rebuild/rebuild.bench';
import { median } from '../report';
import type { Figure, Section } from '../section';
import { benchDataDir, benchSizes, CLI_MAIN, copyDatabase, READ_MODELS, runNode, serviceEnv, sizeLabel } from '../synthetic/bench-data';
import { startBenchServer } from './bench-server';
import { DASHBOARD_QUERIES, type DashboardQuery } from './dashboard-queries';

export interface DashboardBenchOptions {
  readonly runs: number;
}

const PRINCIPAL = 'bench-dashboard';
const CONNECTIONS = Number(process.env.BENCH_DASHBOARD_CONNECTIONS ?? 2);
const SECONDS = Number(process.env.BENCH_DASHBOARD_SECONDS ?? 10);
const TARGET_P99_MS = 20;

interface Sample {
  readonly p50: number;
  readonly p99: number;
  readonly rate: number;
}

const builtWithTheseReadModels = (path: string): boolean => existsSync(path) && readFileSync(path, 'utf8') === READ_MODELS;

/**
 * A caught-up copy of the seeded store (the rebuild measure's, or built here), made
 * once per size and read-model versions, and a VIEWER key over the whole register
 * issued on it by the CLI.
 */
const prepare = async (events: number): Promise<{ path: string; authorization: string }> => {
  const path = join(benchDataDir(), `dashboard-${events}.db`);
  if (!builtWithTheseReadModels(`${path}.ready`)) {
    if (builtWithTheseReadModels(`${rebuiltStore(events)}.built`)) copyDatabase(rebuiltStore(events), path);
    else await rebuildInChild(events, path);
    await runNode([CLI_MAIN, 'principals', 'grant', PRINCIPAL, 'VIEWER'], serviceEnv(path));
    writeFileSync(`${path}.ready`, READ_MODELS);
  }
  const { stdout } = await runNode([CLI_MAIN, 'principals', 'issue-key', PRINCIPAL, '--label', 'dashboard benchmark'], serviceEnv(path));
  return { path, authorization: `Bearer ${stdout.trim().split('\n').pop()!.trim()}` };
};

const check = async (url: string, authorization: string, query: DashboardQuery): Promise<void> => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query: query.query, variables: query.variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors || !query.answered(body.data)) throw new Error(`${query.name} did not answer as the dashboard expects: ${JSON.stringify(body).slice(0, 500)}`);
};

const load = async (url: string, authorization: string, query: DashboardQuery, seconds: number): Promise<Sample> => {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: query.query, variables: query.variables }),
    connections: CONNECTIONS,
    duration: seconds,
  });
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0) {
    throw new Error(`${query.name}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts under load`);
  }
  return { p50: result.latency.p50, p99: result.latency.p99, rate: result.requests.average };
};

/**
 * Measure 4: the dashboard's questions over HTTP against the real service on
 * the seeded SQLite file (10k, 100k, 1M events), with autocannon: latency
 * percentiles and throughput per question, and how p99 grows with the register.
 */
export const dashboardBench = async ({ runs }: DashboardBenchOptions): Promise<Section> => {
  const sizes = benchSizes();
  const samples = new Map<string, Sample[]>();
  for (const events of sizes) {
    const { path, authorization } = await prepare(events);
    const server = await startBenchServer(path, authorization);
    try {
      for (const query of DASHBOARD_QUERIES) {
        await check(server.url, authorization, query);
        await load(server.url, authorization, query, 2);
        for (let run = 0; run < runs; run++) {
          const sample = await load(server.url, authorization, query, SECONDS);
          const key = `${query.name}@${events}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          console.log(`dashboard ${sizeLabel(events)} ${query.name}: p50 ${sample.p50} ms, p99 ${sample.p99} ms, ${Math.round(sample.rate)} req/s`);
        }
      }
    } finally {
      await server.stop();
    }
  }

  const smallest = Math.min(...sizes);
  const figures: Figure[] = [];
  for (const query of DASHBOARD_QUERIES) {
    for (const events of sizes) {
      const measured = samples.get(`${query.name}@${events}`)!;
      const label = `${query.name}, ${sizeLabel(events)} events`;
      const base = samples.get(`${query.name}@${smallest}`)!;
      const atTarget = events >= 1_000_000 && events !== smallest;
      const p99 = measured.map((sample) => sample.p99);
      const baseP99 = median(base.map((sample) => sample.p99));
      figures.push({ measure: `${label}: p50`, unit: 'ms', runs: measured.map((sample) => sample.p50), better: 'lower' });
      figures.push({
        measure: `${label}: p99`,
        unit: 'ms',
        runs: p99,
        better: 'lower',
        ...(events !== smallest && { comparedTo: [`${query.name}, ${sizeLabel(smallest)} events: p99`] }),
        ...(atTarget && { target: `≤ 2× p99 at ${sizeLabel(smallest)} and ≤ ${TARGET_P99_MS} ms`, met: median(p99) <= Math.min(2 * baseP99, TARGET_P99_MS) }),
      });
      figures.push({ measure: `${label}: requests/s`, unit: 'req/s', runs: measured.map((sample) => sample.rate), better: 'higher' });
    }
  }
  return {
    title: 'Dashboard queries (synthetic history, SQLite)',
    method:
      `The compiled service runs in its own process on a caught-up copy of the seeded store (the rebuild measure's output), authentication on, ` +
      `with an API key of a VIEWER over the whole register issued by \`principals issue-key\`. Each of the dashboard's own documents ` +
      `(web/src/api/documents.ts: Series with MONTH steps over 2025-07..2026-06, Overview whose activityByChild is the region's provinces table, ` +
      `and the Feed's first page of 30) is asked about Casablanca-Settat, checked once for a full answer, warmed up for 2 s, then loaded by autocannon ` +
      `with ${CONNECTIONS} connections for ${SECONDS} s from the parent process (same machine, so the figures include the load generator's share of the two cores).`,
    figures,
    notes: [
      'Fixed for scale: a subtree\'s figures (the series, each province\'s total) summed the day buckets of every unit under it, so they grew ' +
        'with the number of units and events; the activity read model now keeps subtree buckets per day and per month, and these questions read ' +
        'one row per month in range (days only at ragged ends, or for DAY and WEEK series). The feed\'s first page gathered and sorted the whole ' +
        'region\'s entries (EXPLAIN QUERY PLAN: MULTI-INDEX OR, then USE TEMP B-TREE FOR ORDER BY); it now walks the log order from the newest ' +
        'entry in growing steps and keeps the subtree\'s, falling back to the path index for sparse subtrees.',
      'Fixed for latency, from node --cpu-prof of the service under autocannon: a child logger and an async context per request (a sixth of each ' +
        'request, though requests are not logged); two event-stream reads per request to authenticate (keys and grants are now kept, and dropped ' +
        'as soon as the log holds a newer principal or key event); the cost analysis run again for the same query (its verdict is kept per parsed ' +
        'query and variables); a cache-control hook on every field; the provinces table\'s 8 kB statement prepared on every request (1.4 ms to ' +
        'prepare, 0.4 ms to run); the rate limiter copying each caller\'s list of hits; an ETag hash of every answer. Together they halved p99 at 10k.',
      'What is left per request is GraphQL and Nest work (parsing, validation, resolvers — the feed page executes about 600 fields —, JSON and HTTP), ' +
        'not the database (under 2 ms of SQLite for any of the three at 1M): absolute latencies follow what else the two cores are doing, the load ' +
        'generator included. The feed page\'s p99 is bounded by that per-field work and by garbage collection pauses.',
    ],
  };
};
