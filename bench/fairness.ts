// npm run bench:fairness [-- --quick] [--seconds N] [--label name]
// One organization must not hurt another. A small organization (B) looks deals up by id at
// concurrency 2, first alone, then while the large organization (A) runs dashboards and
// searches 16 at a time: with the defaults (A's share of the pool, and A cut to its slow slots
// while B is active), with the share alone (DATABASE_SLOW_TENANT_SLOTS=pool), and with neither
// (as before issue 9). Writes bench/results/<date>-<label>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { benchDir, benchLog as log, headersFor, openBenchDatabase, startApi, stopApi, withClient } from './harness.js';
import { graphqlPoster, runClosedLoop, type LoadResult } from './load.js';
import { OPERATIONS, type OperationInputs } from './operations.js';

const POOL_SIZE = 16;
const FLOOD_CONCURRENCY = 16;
const VICTIM_CONCURRENCY = 2;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    label: { type: 'string' },
  },
});
const scale = args.quick ? 0.1 : 1;
const seconds = Number(args.seconds ?? (args.quick ? 5 : 20));
const warmup = args.quick ? 1 : 3;
const label = args.label ?? `fairness-${args.quick ? 'quick' : 'full'}`;

const operation = (prefix: string) => OPERATIONS.find((each) => each.name.startsWith(prefix))!;
const dealById = operation('deal by node(id)');
const flood = [operation('dashboard'), operation('search')];

interface Phase {
  name: string;
  env: Record<string, string>;
  victim: LoadResult;
  flood?: LoadResult & { errorsByCode: Record<string, number> };
}

/** The error code of a failed request (the first extensions.code in the text), for counting. */
const codeOf = (problem: string) => /"code":"([A-Z_]+)"/.exec(problem)?.[1] ?? problem.slice(0, 3);

async function main() {
  const { cluster, manifest } = await openBenchDatabase({ scale, log });
  try {
    const large = manifest.orgs.find((org) => org.size === 'large')!;
    const small = manifest.orgs.find((org) => org.size === 'small')!;
    const smallDealIds = await withClient(manifest.ownerUrl, async (client) =>
      (
        await client.query<{ id: string }>('SELECT id FROM deals WHERE org_id = $1 AND deleted_at IS NULL ORDER BY id LIMIT 200', [
          small.id,
        ])
      ).rows.map((row) => row.id),
    );
    const largeInputs: OperationInputs = {
      orgId: large.id,
      ownerUserId: large.owner.userId,
      stageIds: large.stageIds,
      openStageIds: large.stageIds.slice(0, 4),
      dealIds: manifest.samples.dealIds,
      contactIds: manifest.samples.contactIds,
      anchor: manifest.anchor,
      pipelineId: large.pipelineId,
    };
    const smallInputs: OperationInputs = { ...largeInputs, orgId: small.id, ownerUserId: small.owner.userId, dealIds: smallDealIds };
    const victimHeaders = await headersFor(small.owner, small.id);
    const floodHeaders = await headersFor(large.owner, large.id);
    const defaults = loadConfig({});
    const defaultEnv = {
      DATABASE_POOL_TENANT_SHARE: String(defaults.DATABASE_POOL_TENANT_SHARE),
      DATABASE_SLOW_TENANT_SLOTS: String(defaults.DATABASE_SLOW_TENANT_SLOTS),
    };
    const plan: [string, Record<string, string>, boolean][] = [
      ['B alone', defaultEnv, false],
      ['B during A flood, defaults', defaultEnv, true],
      ['B during A flood, pool share only', { ...defaultEnv, DATABASE_SLOW_TENANT_SLOTS: String(POOL_SIZE) }, true],
      [
        'B during A flood, no limit (before issue 9)',
        { DATABASE_POOL_TENANT_SHARE: '1', DATABASE_SLOW_TENANT_SLOTS: String(POOL_SIZE) },
        true,
      ],
    ];
    const phases: Phase[] = [];
    for (const [name, env, withFlood] of plan) {
      const api = await startApi(manifest.appUrl, { poolSize: POOL_SIZE, env });
      try {
        const victimPost = graphqlPoster(api.url, victimHeaders, VICTIM_CONCURRENCY);
        const floodPost = graphqlPoster(api.url, floodHeaders, FLOOD_CONCURRENCY);
        const victim = (n: number) => victimPost(dealById.request(smallInputs, n));
        const errorsByCode: Record<string, number> = {};
        const attacker = async (n: number) => {
          const problem = await floodPost(flood[n % flood.length]!.request(largeInputs, n));
          if (problem) errorsByCode[codeOf(problem)] = (errorsByCode[codeOf(problem)] ?? 0) + 1;
          return problem;
        };
        log(`${name} (${JSON.stringify(env)}): warm-up ${warmup} s, then ${seconds} s`);
        await runClosedLoop(VICTIM_CONCURRENCY, warmup, victim);
        const floodRun = withFlood ? runClosedLoop(FLOOD_CONCURRENCY, seconds + warmup, attacker) : null;
        if (floodRun) await new Promise((done) => setTimeout(done, warmup * 1000)); // let the flood fill the pool first
        const victimResult = await runClosedLoop(VICTIM_CONCURRENCY, seconds, victim);
        const floodResult = floodRun ? await floodRun : undefined;
        phases.push({ name, env, victim: victimResult, flood: floodResult ? { ...floodResult, errorsByCode } : undefined });
      } finally {
        await stopApi(api);
      }
    }

    const alone = phases[0]!.victim.p99;
    const lines = [
      '| Phase | share of pool per org | slow org slots | B req/s | B p50 ms | B p99 ms | B p99 ÷ alone | B errors | A req/s | A answers refused |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|---|',
      ...phases.map(
        (phase) =>
          `| ${phase.name} | ${phase.env.DATABASE_POOL_TENANT_SHARE} | ${phase.env.DATABASE_SLOW_TENANT_SLOTS} | ${phase.victim.rps.toFixed(0)} | ${phase.victim.p50.toFixed(1)} | ${phase.victim.p99.toFixed(1)} | ${(phase.victim.p99 / alone).toFixed(1)}× | ${phase.victim.errors} | ${phase.flood ? phase.flood.rps.toFixed(1) : '—'} | ${phase.flood ? JSON.stringify(phase.flood.errorsByCode) : '—'} |`,
      ),
    ];
    console.log(`\n${lines.join('\n')}\n`);
    const report = {
      label,
      date: new Date().toISOString(),
      machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      settings: {
        scale,
        seconds,
        warmup,
        poolSize: POOL_SIZE,
        floodConcurrency: FLOOD_CONCURRENCY,
        victimConcurrency: VICTIM_CONCURRENCY,
        flood: flood.map((each) => each.name),
      },
      phases,
    };
    mkdirSync(join(benchDir, 'results'), { recursive: true });
    const file = join(benchDir, 'results', `${report.date.slice(0, 10)}-${label}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${file}`);
  } finally {
    await cluster.stop();
  }
}

await main();
