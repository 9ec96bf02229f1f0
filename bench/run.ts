// npm run bench [-- --quick] [--scale X] [--concurrency N] [--web-concurrency N] [--label name]
//                 [--seconds N] [--only text] [--reads] [--reload] [--pgbouncer] [--profile] [--check]
// Loads (or reuses) the seeded dataset at the given scale into an embedded PostgreSQL, starts the
// real API as a child process on 127.0.0.1, drives each operation at the given concurrency
// (16 unless told), measures the same answer computed by the fastest hand-written SQL we found
// (the floor) at the same concurrency, samples API and PostgreSQL backend memory, and checks that
// no statement scans a large tenant table sequentially. Writes bench/results/<date>-<label>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { DatasetManifest } from './dataset.js';
import {
  apiRuntime,
  benchDir,
  benchLog,
  headersFor,
  openBenchDatabase,
  postmasterPid,
  sampleMemory,
  startApi,
  stopApi,
  treeCpuSeconds,
  withClient,
  type MemorySummary,
} from './harness.js';
import { graphqlPoster, runClosedLoop, type LoadResult } from './load.js';
import { OPERATIONS, type Operation, type OperationInputs, type ResponseData } from './operations.js';
import { checkPlans, countPlans, type PlanViolation } from './plans.js';
import { startPgBouncer } from '../tests/helpers/pgbouncer.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    concurrency: { type: 'string' },
    'web-concurrency': { type: 'string' },
    label: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    only: { type: 'string' },
    reload: { type: 'boolean', default: false },
    pgbouncer: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    reads: { type: 'boolean', default: false },
  },
});
const positive = (name: string, text: string | undefined, fallback: number) => {
  const value = Number(text ?? fallback);
  if (!(value > 0)) throw new Error(`--${name} must be a positive number, got ${text}`);
  return value;
};
const scale = positive('scale', args.scale, args.quick ? 0.1 : 1);
const concurrency = Math.round(positive('concurrency', args.concurrency, 16));
const webConcurrency = args['web-concurrency'] ? Math.round(positive('web-concurrency', args['web-concurrency'], 1)) : undefined;
// A p99 needs enough requests behind it: at concurrency 1 (~20-200 req/s) that is 20 s of
// measurement (400+ requests) whatever --quick says.
const MIN_SECONDS_AT_CONCURRENCY_1 = 20;
const seconds = positive('seconds', args.seconds, concurrency === 1 ? MIN_SECONDS_AT_CONCURRENCY_1 : args.quick ? 4 : 20);
const warmup = Number(args.warmup ?? (args.quick ? 1 : 5));
const scaleLabel = args.scale ? `x${scale}` : args.quick ? 'quick' : 'full';
const label =
  args.label ??
  `${scaleLabel}${concurrency === 16 ? '' : `-c${concurrency}`}${webConcurrency ? `-w${webConcurrency}` : ''}${args.pgbouncer ? '-pgbouncer' : ''}`;
const log = benchLog;
const profiling = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(benchDir, '.data', 'profiles')}`] : [];
// The API's pool stays at 16 connections per process whatever the load's concurrency: it is the
// server's configuration under test, not part of the load.
const API_POOL_SIZE = 16;
/**
 * Rate limits stay on (every request is charged and refunded, as in production) with buckets far
 * larger than the load: at the user default (2,500 points/s) the deal board (603 points) would be
 * refused after ~4 req/s, and the bench measures the API, not the limit.
 */
const rateLimitHeadroom = Object.fromEntries(
  ['KEY', 'USER', 'ORGANIZATION'].flatMap((kind) => [
    [`RATE_LIMIT_${kind}_CAPACITY`, '100000000'],
    [`RATE_LIMIT_${kind}_REFILL_PER_SECOND`, '10000000'],
  ]),
);
const startBenchApi = (appUrl: string) =>
  startApi(appUrl, { poolSize: API_POOL_SIZE, nodeArgs: profiling, webConcurrency, env: rateLimitHeadroom });
/**
 * The largest private memory a PostgreSQL client backend may reach during the run, MiB. A backend
 * holds ~10-20 MiB of its own (catalog and plan caches, the RLS policies' expressions); each sort
 * or hash node of a running statement may add work_mem (hash nodes work_mem × hash_mem_multiplier)
 * before spilling to disk, and the bench's statements have at most 4 such nodes at once.
 */
function backendMemoryBoundMiB(workMemMiB: number, hashMemMultiplier: number) {
  return 24 + 4 * workMemMiB * hashMemMultiplier;
}

function inputsFor(manifest: DatasetManifest): OperationInputs {
  const org = manifest.orgs.find((each) => each.size === 'large')!;
  return {
    orgId: org.id,
    ownerUserId: org.owner.userId,
    stageIds: org.stageIds,
    openStageIds: org.stageIds.slice(0, 4),
    dealIds: manifest.samples.dealIds,
    contactIds: manifest.samples.contactIds,
    anchor: manifest.anchor,
    pipelineId: org.pipelineId,
  };
}

interface OperationResult {
  name: string;
  kind: string;
  api: LoadResult;
  /** API processes' RSS and PostgreSQL backends' private memory during the API's measured window. */
  apiMemory: MemorySummary;
  /** PostgreSQL backends' largest private memory during the floor's measured window, MiB. */
  floorPostgresBackendMaxAnonMiB: number;
  statementsPerRequest: number;
  roundTripsPerRequest: number;
  topStatements: { calls: string; mean_ms: string; total_ms: string; query: string }[];
  /** CPU time the API spent per request: every process of its tree (cluster workers), all threads, GC included. */
  apiCpuMsPerRequest: number;
  floor: LoadResult;
  ratio: number;
}

async function main() {
  const pgLog: string[] = [];
  let capturing = false;
  const { cluster, manifest, database } = await openBenchDatabase({
    scale,
    reload: args.reload,
    log,
    postgresLog: (line) => {
      if (capturing) pgLog.push(line);
    },
  });
  const stopCluster = () => cluster.stop();
  const postgresPid = postmasterPid();
  const runtime = apiRuntime().runtime;
  process.on('SIGINT', () => void stopCluster().then(() => process.exit(130)));
  let exitCode = 0;
  try {
    await withClient(manifest.ownerUrl, (client) => client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements'));
    const inputs = inputsFor(manifest);
    const large = manifest.orgs.find((each) => each.size === 'large')!;
    const headers = await headersFor(large.owner, large.id);
    const operations = OPERATIONS.filter(
      (operation) => (!args.only || operation.name.includes(args.only)) && (!args.reads || operation.kind !== 'mutation'),
    );

    let appUrl = manifest.appUrl;
    // Fewer server connections (8) than API connections (16): transactions of many requests share them.
    const bouncer = args.pgbouncer ? await startPgBouncer({ clusterUrl: manifest.appUrl, defaultPoolSize: 8 }) : null;
    const { workMem, hashMemMultiplier } = await withClient(manifest.appUrl, async (client) => {
      const { rows } = await client.query<{ name: string; setting: string; unit: string | null }>(
        `SELECT name, setting, unit FROM pg_settings WHERE name IN ('work_mem', 'hash_mem_multiplier')`,
      );
      const setting = (name: string) => rows.find((row) => row.name === name)!;
      return { workMem: setting('work_mem'), hashMemMultiplier: Number(setting('hash_mem_multiplier').setting) };
    });
    const workMemMiB = workMem.unit === 'kB' ? Number(workMem.setting) / 1024 : NaN;
    const memoryBoundMiB = backendMemoryBoundMiB(workMemMiB, hashMemMultiplier);
    log(
      `API ${runtime}${webConcurrency ? `, WEB_CONCURRENCY=${webConcurrency}` : ''}; scale ${scale}, concurrency ${concurrency}; work_mem ${workMemMiB} MiB (backend bound ${memoryBoundMiB} MiB)`,
    );
    if (concurrency === 1 && seconds < MIN_SECONDS_AT_CONCURRENCY_1)
      log(`warning: ${seconds} s at concurrency 1 is too few requests for a p99; use ≥ ${MIN_SECONDS_AT_CONCURRENCY_1} s`);
    if (bouncer) {
      appUrl = bouncer.rewrite(manifest.appUrl);
      log(`API connects through PgBouncer (transaction pooling) on port ${bouncer.port}`);
    }

    if (args.check) {
      const mismatches = await checkFloors(operations, inputs, headers, manifest.appUrl);
      await stopCluster();
      process.exit(mismatches > 0 ? 1 : 0);
    }

    // 1. Plans: every statement of every operation, as PostgreSQL actually executed it.
    const violations: PlanViolation[] = [];
    {
      await withClient(manifest.ownerUrl, async (client) => {
        await client.query(`ALTER ROLE clientflow_api IN DATABASE "${database}" SET session_preload_libraries = 'auto_explain'`);
        await client.query(`ALTER ROLE clientflow_api IN DATABASE "${database}" SET auto_explain.log_min_duration = 0`);
        await client.query(`ALTER ROLE clientflow_api IN DATABASE "${database}" SET auto_explain.log_nested_statements = on`);
      });
      const api = await startBenchApi(manifest.appUrl);
      try {
        const post = graphqlPoster(api.url, headers, 1);
        for (const operation of operations) {
          pgLog.length = 0;
          capturing = true;
          for (let n = 0; n < 3; n += 1) {
            const problem = await post(operation.request(inputs, n));
            if (problem) throw new Error(`${operation.name} failed: ${problem}`);
          }
          await new Promise((done) => setTimeout(done, 200));
          capturing = false;
          const bigTables = await withClient(manifest.ownerUrl, async (client) =>
            (
              await client.query<{ relname: string }>(
                `SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id'
                WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND c.reltuples > 10000`,
              )
            ).rows.map((row) => row.relname),
          );
          const text = pgLog.join('');
          if (countPlans(text) === 0)
            throw new Error(`auto_explain logged no plans for ${operation.name}: the plan check would prove nothing`);
          const found = checkPlans(operation.name, text, bigTables);
          const allowed = operation.orgWideScan;
          const excused = allowed ? found.filter((violation) => allowed.tables.includes(violation.table)) : [];
          violations.push(...found.filter((violation) => !excused.includes(violation)));
          const note =
            excused.length > 0
              ? ` (sequential scans of ${[...new Set(excused.map((each) => each.table))].join(', ')} allowed: ${allowed!.why})`
              : '';
          log(`${operation.name}: ${countPlans(text)} plans checked${note}`);
        }
      } finally {
        await stopApi(api);
        await withClient(manifest.ownerUrl, (client) => client.query(`ALTER ROLE clientflow_api IN DATABASE "${database}" RESET ALL`));
      }
    }

    // 2. Load: the API, then the floor, per operation.
    const results: OperationResult[] = [];
    const api = await startBenchApi(appUrl);
    const floorPool = new pg.Pool({ connectionString: manifest.appUrl, max: concurrency });
    try {
      const post = graphqlPoster(api.url, headers, concurrency);
      for (const operation of operations) {
        log(`${operation.name}: warm-up ${warmup} s, then ${seconds} s at concurrency ${concurrency}`);
        await runClosedLoop(concurrency, warmup, (n) => post(operation.request(inputs, n + 1_000_000)));
        await withClient(manifest.ownerUrl, (client) => client.query('SELECT pg_stat_statements_reset()'));
        const cpuBefore = treeCpuSeconds(api.process.pid);
        const apiSampler = sampleMemory(api.process.pid, postgresPid);
        const apiResult = await runClosedLoop(concurrency, seconds, (n) => post(operation.request(inputs, n)));
        const apiMemory = apiSampler.stop();
        const apiCpuMsPerRequest = ((treeCpuSeconds(api.process.pid) - cpuBefore) * 1000) / Math.max(1, apiResult.requests);
        const { statements, topStatements } = await withClient(manifest.ownerUrl, async (client) => {
          const where = `userid = 'clientflow_api'::regrole AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`;
          const total = await client.query(`SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements WHERE ${where}`);
          // Where the database time goes: the statements that took most of it.
          const top = await client.query(
            `SELECT calls, round(mean_exec_time::numeric, 3) AS mean_ms, round(total_exec_time::numeric, 0) AS total_ms, left(query, 160) AS query
               FROM pg_stat_statements WHERE ${where} ORDER BY total_exec_time DESC LIMIT 4`,
          );
          return { statements: Number(total.rows[0].calls), topStatements: top.rows };
        });
        const floorTask = async (n: number) => {
          try {
            await runFloor(floorPool, operation, inputs, n);
            return null;
          } catch (error) {
            return String(error);
          }
        };
        await runClosedLoop(concurrency, warmup, (n) => floorTask(n + 1_000_000));
        const floorSampler = sampleMemory(undefined, postgresPid);
        const floorResult = await runClosedLoop(concurrency, seconds, floorTask);
        const floorPostgresBackendMaxAnonMiB = floorSampler.stop().postgresBackendMaxAnonMiB;
        const statementsPerRequest = statements / Math.max(1, apiResult.requests);
        results.push({
          name: operation.name,
          kind: operation.kind,
          api: apiResult,
          apiMemory,
          floorPostgresBackendMaxAnonMiB,
          statementsPerRequest,
          // BEGIN travels with app.begin_request: one round trip fewer than statements.
          roundTripsPerRequest: statementsPerRequest - 1,
          topStatements,
          apiCpuMsPerRequest,
          floor: floorResult,
          ratio: apiResult.rps / floorResult.rps,
        });
        const peak = Math.max(apiMemory.postgresBackendMaxAnonMiB, floorPostgresBackendMaxAnonMiB);
        if (peak > memoryBoundMiB) log(`  a PostgreSQL backend reached ${peak} MiB, above the ${memoryBoundMiB} MiB bound`);
        if (apiResult.errors > 0) log(`  ${apiResult.errors} errors, first: ${apiResult.firstError}`);
        if (floorResult.errors > 0) log(`  floor: ${floorResult.errors} errors, first: ${floorResult.firstError}`);
      }
    } finally {
      await floorPool.end();
      await stopApi(api);
      await bouncer?.stop();
    }

    const serverVersion = await withClient(
      manifest.ownerUrl,
      async (client) => (await client.query('SHOW server_version')).rows[0].server_version,
    );
    const report = {
      label,
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model,
        cores: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: serverVersion,
      },
      runtime,
      settings: {
        scale,
        concurrency,
        seconds,
        warmup,
        pgbouncer: args.pgbouncer,
        webConcurrency: webConcurrency ?? 1,
        apiPoolSizePerProcess: API_POOL_SIZE,
        workMem: `${workMem.setting}${workMem.unit ?? ''}`,
        hashMemMultiplier,
      },
      postgresBackendMemory: {
        boundMiB: memoryBoundMiB,
        maxAnonMiB: Math.max(
          0,
          ...results.map((each) => Math.max(each.apiMemory.postgresBackendMaxAnonMiB, each.floorPostgresBackendMaxAnonMiB)),
        ),
      },
      dataset: manifest.orgs.map((org) => ({ name: org.name, size: org.size, counts: org.counts })),
      results,
      planViolations: violations,
    };
    mkdirSync(join(benchDir, 'results'), { recursive: true });
    const file = join(benchDir, 'results', `${report.date.slice(0, 10)}-${label}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    printTable(results);
    log(`wrote ${file}`);
    if (violations.length > 0) {
      exitCode = 1;
      console.error('\nSEQUENTIAL SCANS ON LARGE TENANT TABLES — the run fails:');
      for (const violation of violations) console.error(`- ${violation.operation}: Seq Scan on ${violation.table}\n  ${violation.query}`);
    }
    if (results.some((result) => result.api.errors > 0)) exitCode = 1;
    if (report.postgresBackendMemory.maxAnonMiB > memoryBoundMiB) {
      exitCode = 1;
      console.error(
        `\nA PostgreSQL backend used ${report.postgresBackendMemory.maxAnonMiB} MiB, above the ${memoryBoundMiB} MiB bound — the run fails.`,
      );
    }
  } finally {
    await stopCluster();
  }
  process.exit(exitCode);
}

/** One floor request: the operation's SQL in a transaction opened the way the API opens its own. */
async function runFloor(pool: pg.Pool, operation: Operation, inputs: OperationInputs, n: number) {
  const client = await pool.connect();
  try {
    // BEGIN and set_config in one message, as the API sends them.
    await client.query(
      `BEGIN; SELECT set_config('app.current_org_id', ${client.escapeLiteral(inputs.orgId)}, true), set_config('app.current_user_id', ${client.escapeLiteral(inputs.ownerUserId)}, true)`,
    );
    const answer = await operation.floor(client, inputs, n);
    await client.query('COMMIT');
    return answer;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * --check: for 15 requests of every read operation, the ids (in order) and totals the API
 * answers must equal the floor's; a floor that answered something else would not be a floor.
 */
async function checkFloors(operations: Operation[], inputs: OperationInputs, headers: Record<string, string>, appUrl: string) {
  const api = await startBenchApi(appUrl);
  const pool = new pg.Pool({ connectionString: appUrl, max: 1 });
  let mismatches = 0;
  try {
    for (const operation of operations) {
      if (!operation.answer) continue;
      let compared = 0;
      let sample = '';
      for (let n = 0; n < 15; n += 1) {
        const response = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(operation.request(inputs, n)),
        });
        const body = (await response.json()) as { data?: ResponseData; errors?: unknown };
        if (!body.data || body.errors) throw new Error(`${operation.name}: ${JSON.stringify(body.errors)}`);
        const fromApi = JSON.stringify(operation.answer(body.data));
        const fromFloor = JSON.stringify(await runFloor(pool, operation, inputs, n));
        compared += 1;
        sample ||= fromApi.slice(0, 100);
        if (fromApi !== fromFloor) {
          mismatches += 1;
          log(`${operation.name} #${n}: the floor answered differently\n  API:   ${fromApi}\n  floor: ${fromFloor}`);
        }
      }
      log(`${operation.name}: ${compared} answers compared, the first: ${sample}…`);
    }
  } finally {
    await pool.end();
    await stopApi(api);
  }
  log(mismatches === 0 ? 'every floor answered what the API answered' : `${mismatches} answers differ`);
  return mismatches;
}

const ms = (value: number) => value.toFixed(1);
function markdownTable(results: OperationResult[]): string {
  const lines = [
    '| Operation | req/s | p50 ms | p95 ms | p99 ms | errors | SQL statements/req | API CPU ms/req | floor req/s | floor p99 ms | API/floor | API RSS max MiB | PG backend max MiB |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const result of results) {
    lines.push(
      `| ${result.name} | ${result.api.rps.toFixed(0)} | ${ms(result.api.p50)} | ${ms(result.api.p95)} | ${ms(result.api.p99)} | ${result.api.errors} | ${result.statementsPerRequest.toFixed(2)} | ${result.apiCpuMsPerRequest.toFixed(1)} | ${result.floor.rps.toFixed(0)} | ${ms(result.floor.p99)} | ${(result.ratio * 100).toFixed(0)}% | ${result.apiMemory.api.map((each) => each.maxRssMiB.toFixed(0)).join(' + ')} | ${Math.max(result.apiMemory.postgresBackendMaxAnonMiB, result.floorPostgresBackendMaxAnonMiB).toFixed(1)} |`,
    );
  }
  return lines.join('\n');
}

function printTable(results: OperationResult[]) {
  console.log(`\n${markdownTable(results)}\n`);
}

await main();
