// npm run bench [-- --quick] [--label name] [--seconds N] [--only text] [--reload] [--pgbouncer] [--profile]
// Loads (or reuses) the seeded dataset into an embedded PostgreSQL, starts the real API as a
// child process on 127.0.0.1, drives each operation at concurrency 16, measures the same work
// done by hand-written SQL (the floor), and checks that no statement scans a large tenant table
// sequentially. Writes bench/results/<date>-<label>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { DatasetManifest } from './dataset.js';
import { benchDir, benchLog, cpuSeconds, headersFor, openBenchDatabase, startApi, stopApi, withClient } from './harness.js';
import { graphqlPoster, runClosedLoop, type LoadResult } from './load.js';
import { OPERATIONS, type OperationInputs } from './operations.js';
import { checkPlans, countPlans, type PlanViolation } from './plans.js';
import { startPgBouncer } from '../tests/helpers/pgbouncer.js';

const CONCURRENCY = 16;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    label: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    only: { type: 'string' },
    reload: { type: 'boolean', default: false },
    pgbouncer: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const scale = args.quick ? 0.1 : 1;
const seconds = Number(args.seconds ?? (args.quick ? 4 : 20));
const warmup = Number(args.warmup ?? (args.quick ? 1 : 5));
const label = args.label ?? `${args.quick ? 'quick' : 'full'}${args.pgbouncer ? '-pgbouncer' : ''}`;
const log = benchLog;
const profiling = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(benchDir, '.data', 'profiles')}`] : [];
const startBenchApi = (appUrl: string) => startApi(appUrl, { poolSize: CONCURRENCY, nodeArgs: profiling });

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
  statementsPerRequest: number;
  roundTripsPerRequest: number;
  topStatements: { calls: string; mean_ms: string; total_ms: string; query: string }[];
  /** CPU time the API process spent per request (all its threads, GC included). */
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
  process.on('SIGINT', () => void stopCluster().then(() => process.exit(130)));
  let exitCode = 0;
  try {
    await withClient(manifest.ownerUrl, (client) => client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements'));
    const inputs = inputsFor(manifest);
    const large = manifest.orgs.find((each) => each.size === 'large')!;
    const headers = await headersFor(large.owner, large.id);
    const operations = OPERATIONS.filter((operation) => !args.only || operation.name.includes(args.only));

    let appUrl = manifest.appUrl;
    // Fewer server connections (8) than API connections (16): transactions of many requests share them.
    const bouncer = args.pgbouncer ? await startPgBouncer({ clusterUrl: manifest.appUrl, defaultPoolSize: 8 }) : null;
    if (bouncer) {
      appUrl = bouncer.rewrite(manifest.appUrl);
      log(`API connects through PgBouncer (transaction pooling) on port ${bouncer.port}`);
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
    const floorPool = new pg.Pool({ connectionString: manifest.appUrl, max: CONCURRENCY });
    try {
      const post = graphqlPoster(api.url, headers, CONCURRENCY);
      for (const operation of operations) {
        log(`${operation.name}: warm-up ${warmup} s, then ${seconds} s at concurrency ${CONCURRENCY}`);
        await runClosedLoop(CONCURRENCY, warmup, (n) => post(operation.request(inputs, n + 1_000_000)));
        await withClient(manifest.ownerUrl, (client) => client.query('SELECT pg_stat_statements_reset()'));
        const cpuBefore = cpuSeconds(api.process.pid);
        const apiResult = await runClosedLoop(CONCURRENCY, seconds, (n) => post(operation.request(inputs, n)));
        const apiCpuMsPerRequest = ((cpuSeconds(api.process.pid) - cpuBefore) * 1000) / Math.max(1, apiResult.requests);
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
          const client = await floorPool.connect();
          try {
            // The floor opens its transaction the way the API does: BEGIN and set_config in one message.
            await client.query(
              `BEGIN; SELECT set_config('app.current_org_id', ${client.escapeLiteral(inputs.orgId)}, true), set_config('app.current_user_id', ${client.escapeLiteral(inputs.ownerUserId)}, true)`,
            );
            await operation.floor(client, inputs, n);
            await client.query('COMMIT');
            return null;
          } catch (error) {
            await client.query('ROLLBACK').catch(() => {});
            return String(error);
          } finally {
            client.release();
          }
        };
        await runClosedLoop(CONCURRENCY, warmup, (n) => floorTask(n + 1_000_000));
        const floorResult = await runClosedLoop(CONCURRENCY, seconds, floorTask);
        const statementsPerRequest = statements / Math.max(1, apiResult.requests);
        results.push({
          name: operation.name,
          kind: operation.kind,
          api: apiResult,
          statementsPerRequest,
          // BEGIN travels with app.begin_request: one round trip fewer than statements.
          roundTripsPerRequest: statementsPerRequest - 1,
          topStatements,
          apiCpuMsPerRequest,
          floor: floorResult,
          ratio: apiResult.rps / floorResult.rps,
        });
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
      settings: { scale, concurrency: CONCURRENCY, seconds, warmup, pgbouncer: args.pgbouncer, apiPoolSize: CONCURRENCY },
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
  } finally {
    await stopCluster();
  }
  process.exit(exitCode);
}

const ms = (value: number) => value.toFixed(1);
function markdownTable(results: OperationResult[]): string {
  const lines = [
    '| Operation | req/s | p50 ms | p95 ms | p99 ms | errors | SQL statements/req | API CPU ms/req | floor req/s | API/floor |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const result of results) {
    lines.push(
      `| ${result.name} | ${result.api.rps.toFixed(0)} | ${ms(result.api.p50)} | ${ms(result.api.p95)} | ${ms(result.api.p99)} | ${result.api.errors} | ${result.statementsPerRequest.toFixed(2)} | ${result.apiCpuMsPerRequest.toFixed(1)} | ${result.floor.rps.toFixed(0)} | ${(result.ratio * 100).toFixed(0)}% |`,
    );
  }
  return lines.join('\n');
}

function printTable(results: OperationResult[]) {
  console.log(`\n${markdownTable(results)}\n`);
}

await main();
