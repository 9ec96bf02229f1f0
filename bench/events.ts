// npm run bench:events [-- --quick] [--events N] [--seconds N] [--label name]
// The event stream under load (issue 13): the API (production, compiled) runs its job worker
// in-process as `npm start` does; a webhook endpoint of the large organization, on a loopback
// receiver that answers 204 at once, subscribes to activity.created. Then:
//  0. event to subscriber: a graphql-ws client subscribed to activityAdded while createActivity
//     runs one at a time (--latency-samples, 300 by default): from the mutation's answer (its
//     COMMIT is just before) to the subscription's message, p50/p99, and from the mutation's start;
//  1. baseline: deal by node(id) at concurrency 4 for --seconds;
//  2. a burst: one transaction inserts --events activities (10,000 by default) in SQL, so the
//     triggers write as many events and process_event jobs; the worker turns each into a
//     webhook delivery and POSTs it (two jobs per event). Measured: the insert's time, the time
//     from its COMMIT until every delivery SUCCEEDED (events/s of one worker), and deal by id at
//     concurrency 4 while the worker drains, against the baseline (--no-load: the worker alone).
// Writes bench/results/<date>-<label>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.js';
import { LOCAL_WORKER_PASSWORD, LOCAL_WORKER_ROLE, withDatabase } from '../src/db/local-database.js';
import { benchDir, benchLog as log, headersFor, openBenchDatabase, startApi, stopApi, withClient } from './harness.js';
import { graphqlPoster, runClosedLoop, type LoadResult } from './load.js';
import { OPERATIONS, type OperationInputs } from './operations.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    events: { type: 'string' },
    seconds: { type: 'string' },
    label: { type: 'string' },
    'latency-samples': { type: 'string' },
    'no-load': { type: 'boolean', default: false },
  },
});
const latencySamples = Number(args['latency-samples'] ?? 300);
const scale = args.quick ? 0.1 : 1;
const burst = Number(args.events ?? 10_000);
const seconds = Number(args.seconds ?? (args.quick ? 5 : 20));
const label = args.label ?? `events-${args.quick ? 'quick' : 'full'}`;
const CONCURRENCY = 4;
const POOL_SIZE = 16;

async function main() {
  const { cluster, manifest, database } = await openBenchDatabase({ scale, log });
  const received = { count: 0 };
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.count += 1;
      res.writeHead(204).end();
    });
  });
  receiver.listen(0, '127.0.0.1');
  await new Promise((done) => receiver.once('listening', done));
  const receiverPort = (receiver.address() as AddressInfo).port;
  const workerUrl = withDatabase(cluster.adminUrl, database, { user: LOCAL_WORKER_ROLE, password: LOCAL_WORKER_PASSWORD });
  const workerConcurrency = loadConfig({}).WORKER_CONCURRENCY;
  const api = await startApi(manifest.appUrl, {
    poolSize: POOL_SIZE,
    env: { WORKER_DATABASE_URL: workerUrl, WEBHOOK_ALLOW_PRIVATE_URLS: 'true', LOG_LEVEL: 'warn' },
  });
  try {
    const large = manifest.orgs.find((org) => org.size === 'large')!;
    const headers = await headersFor(large.owner, large.id);
    const post = graphqlPoster(api.url, headers, CONCURRENCY);
    const dealById = OPERATIONS.find((operation) => operation.name.startsWith('deal by node(id)'))!;
    const inputs: OperationInputs = {
      orgId: large.id,
      ownerUserId: large.owner.userId,
      stageIds: large.stageIds,
      openStageIds: large.stageIds.slice(0, 4),
      dealIds: manifest.samples.dealIds,
      contactIds: manifest.samples.contactIds,
      anchor: manifest.anchor,
      pipelineId: large.pipelineId,
    };
    const lookups = (n: number) => post(dealById.request(inputs, n));

    log(`event to subscriber: ${latencySamples} createActivity, one at a time, one activityAdded subscriber`);
    const subscriberLatency = await measureSubscriberLatency(api.url, headers, latencySamples);
    log(
      `after COMMIT p50 ${subscriberLatency.afterCommit.p50.toFixed(1)} p99 ${subscriberLatency.afterCommit.p99.toFixed(1)} ms; from the mutation's start p50 ${subscriberLatency.endToEnd.p50.toFixed(1)} p99 ${subscriberLatency.endToEnd.p99.toFixed(1)} ms`,
    );

    // Written in SQL: the API refuses http:// endpoints in production, and the receiver is a
    // plain-HTTP loopback server (the deliverer checks nothing more at send time but the address).
    const endpointUuid = await withClient(manifest.ownerUrl, async (client) => {
      // An earlier run's endpoint would double the deliveries, its burst the activities, and its
      // unfinished jobs (an interrupted run) would take the worker's time.
      await client.query('DELETE FROM graphile_worker._private_jobs');
      await client.query("DELETE FROM webhook_endpoints WHERE org_id = $1 AND description = 'bench'", [large.id]);
      await client.query("DELETE FROM activities WHERE org_id = $1 AND (subject LIKE 'bench burst %' OR subject LIKE 'latency %')", [
        large.id,
      ]);
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO webhook_endpoints (org_id, url, description, event_types, secret)
         VALUES ($1, $2, 'bench', ARRAY['activity.created'], 'whsec_' || encode(decode(md5(random()::text) || md5(random()::text), 'hex'), 'base64')) RETURNING id`,
        [large.id, `http://127.0.0.1:${receiverPort}/bench`],
      );
      return rows[0]!.id;
    });

    await runClosedLoop(CONCURRENCY, 2, lookups); // warm-up
    log(`baseline: deal by id at c=${CONCURRENCY} for ${seconds} s`);
    const baseline = await runClosedLoop(CONCURRENCY, seconds, lookups);

    log(`burst: ${burst} activities in one transaction`);
    const insertStarted = performance.now();
    await withClient(manifest.ownerUrl, async (client) => {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.current_org_id', $1, true), set_config('app.current_user_id', $2, true)", [
        large.id,
        large.owner.userId,
      ]);
      await client.query(
        `INSERT INTO activities (org_id, type, subject, owner_id)
         SELECT $1, 'NOTE', 'bench burst ' || g, $2 FROM generate_series(1, $3::int) AS g`,
        [large.id, large.owner.userId, burst],
      );
      await client.query('COMMIT');
    });
    const committed = performance.now();
    const insertSeconds = (committed - insertStarted) / 1000;
    log(`committed in ${insertSeconds.toFixed(2)} s; draining while deal by id runs`);

    // Deal by id runs until the worker has delivered every event, polled 4 times a second.
    let drainSeconds = NaN;
    const deliveredCount = () =>
      withClient(manifest.ownerUrl, async (client) => {
        const { rows } = await client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1 AND status = 'SUCCEEDED'",
          [endpointUuid],
        );
        return rows[0]!.n;
      });
    const drained = (async () => {
      for (;;) {
        if ((await deliveredCount()) >= burst) {
          drainSeconds = (performance.now() - committed) / 1000;
          return;
        }
        if (performance.now() - committed > 600_000) throw new Error('the burst did not drain within 10 minutes');
        await new Promise((done) => setTimeout(done, 250));
      }
    })();
    const during: LoadResult[] = [];
    let done = false;
    void drained.finally(() => (done = true));
    // --no-load: the worker alone, for its own throughput.
    while (!done && !args['no-load']) during.push(await runClosedLoop(CONCURRENCY, 5, lookups));
    await drained;
    const requests = during.reduce((sum, each) => sum + each.requests, 0);
    const worstP99 = during.length ? Math.max(...during.map((each) => each.p99)) : NaN;
    const eventsPerSecond = burst / drainSeconds;
    log(
      `drained ${burst} events in ${drainSeconds.toFixed(1)} s: ${eventsPerSecond.toFixed(0)} events/s (${(2 * eventsPerSecond).toFixed(0)} jobs/s), receiver got ${received.count}`,
    );
    log(
      `deal by id: baseline p50 ${baseline.p50.toFixed(1)} p99 ${baseline.p99.toFixed(1)} ms; during the drain (5 s windows) p50 ${during.map((each) => each.p50.toFixed(1)).join('/')} p99 ${during.map((each) => each.p99.toFixed(1)).join('/')} ms`,
    );

    const report = {
      date: new Date().toISOString(),
      label,
      machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
      scale,
      runtime: api.runtime,
      workerConcurrency,
      burst,
      insertSeconds,
      drainSeconds,
      eventsPerSecond,
      jobsPerSecond: 2 * eventsPerSecond,
      received: received.count,
      subscriberLatency,
      dealById: { concurrency: CONCURRENCY, baseline, duringDrain: during, duringRequests: requests, duringWorstP99: worstP99 },
    };
    mkdirSync(join(benchDir, 'results'), { recursive: true });
    const file = join(benchDir, 'results', `${report.date.slice(0, 10)}-${label}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${file}`);
  } finally {
    await stopApi(api);
    receiver.closeAllConnections();
    receiver.close();
    await cluster.stop();
  }
}

const CREATE_ACTIVITY = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`;
const ACTIVITY_ADDED = `subscription { activityAdded(filter: { type: NOTE }) { id subject } }`;

/** Percentiles of a list of milliseconds. */
function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
  return { samples: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1)! };
}

async function measureSubscriberLatency(httpUrl: string, headers: Record<string, string>, samples: number) {
  const arrived = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: headers.authorization!, 'X-Organization-Id': headers['x-organization-id']! },
    retryAttempts: 0,
  });
  const stop = client.subscribe<{ activityAdded: { id: string } }>(
    { query: ACTIVITY_ADDED },
    {
      next: (result) => {
        const id = result.data?.activityAdded.id;
        if (!id) return;
        arrived.set(id, performance.now());
        waiting.get(id)?.();
      },
      error: (error) => console.error('subscription error', error),
      complete: () => {},
    },
  );
  const afterCommit: number[] = [];
  const endToEnd: number[] = [];
  try {
    // The subscription is live once its first event arrives: write until one does.
    for (let tries = 0; arrived.size === 0 && tries < 50; tries++) {
      await createActivity(httpUrl, headers, 'warm-up');
      await new Promise((done) => setTimeout(done, 100));
    }
    for (let i = 0; i < samples; i++) {
      const started = performance.now();
      const id = await createActivity(httpUrl, headers, `latency ${i}`);
      const answered = performance.now();
      if (!arrived.has(id)) await new Promise<void>((done) => waiting.set(id, done));
      const at = arrived.get(id)!;
      afterCommit.push(at - answered);
      endToEnd.push(at - started);
    }
  } finally {
    stop();
    await client.dispose();
  }
  return { afterCommit: percentiles(afterCommit), endToEnd: percentiles(endToEnd) };
}

async function createActivity(url: string, headers: Record<string, string>, subject: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: CREATE_ACTIVITY, variables: { input: { type: 'NOTE', subject } } }),
  });
  const answer = (await response.json()) as { data?: { createActivity: { activity: { id: string } } }; errors?: unknown };
  if (!answer.data) throw new Error(`createActivity failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.createActivity.activity.id;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
