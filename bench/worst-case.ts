// npm run bench:worst-case [-- --runs N] [--env LIMIT_MAX_COST=50000 …] [--label name]
// The largest requests the limits allow (README "Limits"), sent one at a time through the real
// API to the benchmark's full dataset (bench/.data, built by `npm run bench`): their time, the
// peak private memory of the PostgreSQL backend that ran them and the API's peak RSS, sampled
// from /proc every 2 ms. Writes bench/results/<date>-<label>.json.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { operationLimitsFromConfig } from '../src/limits/index.js';
import { benchDir, headersFor, openBenchDatabase, startApi, stopApi } from './harness.js';
import { largestAllowedDealFilter } from './largest-filter.js';

const log = (line: string) => console.log(`[worst-case] ${line}`);

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    label: { type: 'string', default: 'worst-case' },
    env: { type: 'string', multiple: true, default: [] },
  },
});
const runs = Number(args.runs);
const apiEnv = Object.fromEntries(args.env.map((pair) => pair.split('=', 2) as [string, string]));
// The filter budget the API runs with (defaults, or --env LIMIT_MAX_FILTER_…).
const filterLimits = operationLimitsFromConfig(loadConfig({ ...apiEnv })).filter;

/** Fields of /proc/<pid>/status in kB (Linux). */
function procStatus(pid: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
    const match = /^(\w+):\s+(\d+) kB/.exec(line);
    if (match) out[match[1]!] = Number(match[2]);
  }
  return out;
}

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const DEALS_FILTERED = /* GraphQL */ `
  query LargestFilter($filter: DealFilter) {
    deals(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;
// The 100 companies with the most activities (2,314 have 100 or more), each with a page of
// activities as large as LIMIT_MAX_COST allows: 1 + 100 × (3 + 2 × 98) = 19,901 under the
// default 20,000, and nearly all of it comes back.
const largestCost = (companyIds: string[], maxCost: number) => {
  const activities = Math.min(100, Math.floor(((maxCost - 1) / companyIds.length - 3) / 2));
  return {
    query: /* GraphQL */ `
      query LargestCost($ids: [ID!]) { companies(first: ${companyIds.length}, filter: { id: { in: $ids } }) { edges { node {
        id name activities(first: ${activities}) { edges { node { id type subject occurredAt } } }
      } } } }`,
    variables: { ids: companyIds },
  };
};
const DEAL_BOARD = /* GraphQL */ `
  query DealBoard {
    deals(first: 50, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          value
          currency
          probability
          expectedCloseDate
          stage {
            id
            name
          }
          contact {
            id
            fullName
          }
          company {
            id
            name
          }
          activities(first: 3) {
            edges {
              node {
                id
                type
                subject
                occurredAt
              }
            }
          }
        }
      }
    }
  }
`;

async function main() {
  const { cluster, manifest } = await openBenchDatabase({ scale: 1, log });
  try {
    const large = manifest.orgs.find((org) => org.size === 'large')!;
    const headers = { 'content-type': 'application/json', ...(await headersFor(large.owner, large.id)) };
    // One connection: every request runs on the same backend, whose pid we sample.
    const api = await startApi(manifest.appUrl, { poolSize: 1, env: apiEnv });
    const owner = new pg.Client({ connectionString: manifest.ownerUrl });
    await owner.connect();
    const results: Record<string, unknown>[] = [];
    const busiest = await owner.query<{ id: string }>(
      `SELECT company_id AS id FROM activities WHERE org_id = $1 AND company_id IS NOT NULL AND deleted_at IS NULL
        GROUP BY company_id ORDER BY count(*) DESC LIMIT 100`,
      [large.id],
    );
    const maxCost = loadConfig({ ...apiEnv }).LIMIT_MAX_COST;
    const cases: Case[] = [
      { name: 'deal board (reference)', query: DEAL_BOARD },
      { name: 'largest allowed filter', query: DEALS_FILTERED, variables: { filter: largestAllowedDealFilter({ limits: filterLimits }) } },
      {
        name: 'largest allowed cost',
        ...largestCost(
          busiest.rows.map((row) => Buffer.from(`Company:${row.id}`).toString('base64')),
          maxCost,
        ),
      },
    ];
    try {
      const post = async (body: unknown) => {
        const response = await fetch(api.url, { method: 'POST', headers, body: JSON.stringify(body) });
        return {
          status: response.status,
          body: (await response.json()) as {
            errors?: unknown[];
            extensions?: { cost?: { requestedQueryCost: number; actualQueryCost: number } };
          },
        };
      };
      await post({ query: '{ me { id } }' });
      const backends = await owner.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE usename = 'clientflow_api' AND datname = current_database()`,
      );
      if (backends.rows.length !== 1) throw new Error(`expected one API backend, found ${backends.rows.length}`);
      const backendPid = backends.rows[0]!.pid;
      const apiPid = api.process.pid!;
      for (const each of cases) {
        const body = { query: each.query, variables: each.variables ?? {} };
        const bytes = Buffer.byteLength(JSON.stringify(body));
        const times: number[] = [];
        // Private (anonymous) memory of the backend before this case's first request, and its peak
        // (with its parallel workers') over all of them, warm-up included: shared buffers are not
        // in RssAnon.
        const backendBeforeKb = procStatus(backendPid).RssAnon ?? 0;
        let backendPeakKb = backendBeforeKb;
        let apiPeakKb = 0;
        let parallelWorkers = 0;
        let cost: unknown;
        for (let run = 0; run < runs + 1; run += 1) {
          let peak = 0;
          let apiPeak = 0;
          // A parallel plan runs part of the query in worker processes: their memory counts too.
          const workers = new Set<number>();
          let sampling = true;
          const findWorkers = (async () => {
            while (sampling) {
              const found = await owner.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE leader_pid = $1 AND pid <> $1', [
                backendPid,
              ]);
              for (const row of found.rows) workers.add(row.pid);
              await new Promise((done) => setTimeout(done, 10));
            }
          })();
          const privateKb = (pid: number) => {
            try {
              return procStatus(pid).RssAnon ?? 0;
            } catch {
              return 0; // a worker that has exited
            }
          };
          const sampler = setInterval(() => {
            let total = privateKb(backendPid);
            for (const worker of workers) total += privateKb(worker);
            peak = Math.max(peak, total);
            apiPeak = Math.max(apiPeak, procStatus(apiPid).VmRSS ?? 0);
          }, 2);
          const started = performance.now();
          const response = await post(body);
          const elapsed = performance.now() - started;
          clearInterval(sampler);
          sampling = false;
          await findWorkers;
          parallelWorkers = Math.max(parallelWorkers, workers.size);
          backendPeakKb = Math.max(backendPeakKb, peak);
          if (response.status !== 200 || response.body.errors)
            throw new Error(`${each.name}: ${response.status} ${JSON.stringify(response.body.errors).slice(0, 500)}`);
          cost = response.body.extensions?.cost;
          // The first run warms the caches and the plan; it is not counted.
          if (run === 0) continue;
          times.push(elapsed);
          apiPeakKb = Math.max(apiPeakKb, apiPeak);
        }
        times.sort((a, b) => a - b);
        const row = {
          name: each.name,
          requestBytes: bytes,
          cost,
          medianMs: Math.round(times[Math.floor(times.length / 2)]!),
          maxMs: Math.round(times.at(-1)!),
          backendPrivateBeforeMiB: +(backendBeforeKb / 1024).toFixed(1),
          backendPeakPrivateMiB: +(backendPeakKb / 1024).toFixed(1),
          parallelWorkers,
          apiPeakRssMiB: +(apiPeakKb / 1024).toFixed(0),
        };
        results.push(row);
        log(JSON.stringify(row));
      }
      const backendHwm = procStatus(backendPid);
      log(
        `backend ${backendPid} lifetime VmHWM ${(backendHwm.VmHWM! / 1024).toFixed(0)} MiB (shared buffers it touched included), RssAnon now ${(backendHwm.RssAnon! / 1024).toFixed(1)} MiB`,
      );
    } finally {
      await owner.end();
      await stopApi(api);
    }
    const report = {
      date: new Date().toISOString(),
      machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, load: os.loadavg(), node: process.version },
      settings: { runs, apiEnv, filterLimits },
      results,
    };
    mkdirSync(join(benchDir, 'results'), { recursive: true });
    const file = join(benchDir, 'results', `${report.date.slice(0, 10)}-${args.label}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      '\n| Request | body bytes | requested / actual cost | median ms | max ms | PostgreSQL backend (+ parallel workers) private MiB: before → peak | API peak RSS MiB |',
    );
    console.log('|---|--:|--:|--:|--:|--:|--:|');
    for (const row of results) {
      const cost = row.cost as { requestedQueryCost: number; actualQueryCost: number } | undefined;
      console.log(
        `| ${row.name} | ${row.requestBytes} | ${cost ? `${cost.requestedQueryCost} / ${cost.actualQueryCost}` : '—'} | ${row.medianMs} | ${row.maxMs} | ${row.backendPrivateBeforeMiB} → ${row.backendPeakPrivateMiB} | ${row.apiPeakRssMiB} |`,
      );
    }
    log(`wrote ${file}`);
  } finally {
    await cluster.stop();
  }
}

await main();
