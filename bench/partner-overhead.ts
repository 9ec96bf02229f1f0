// npm run bench:partner-overhead [-- --seconds N] [--rounds N] [--full] [--label name] [--env NAME=value …]
// What a partner's request pays for its API key and for naming a trusted document, against a
// person's JWT and raw text (issue 11: "the per-request cost of key lookup, manifest lookup and
// rate limiting"; rate limiting is bench/rate-limit-overhead.ts). Three parts:
//   1. in-process, no HTTP and no database: decideDocument (the manifest lookup) per kind of
//      request, presentApiKey (SHA-256 of the secret) against the JWT verification, median of 7;
//   2. the database alone: app.begin_api_key_request against app.begin_request, each the first
//      statement of a transaction sent with BEGIN (as the API sends it), timed by the client and
//      by EXPLAIN ANALYZE;
//   3. end to end: the real API (NODE_ENV=production) on the quick dataset, the partner's
//      ContactsChangedSince document with `since` after every change (the empty page a sync
//      gets when nothing changed: the request is little more than its authentication), sent
//      as JWT + raw text, JWT + documentId and API key + documentId, closed loop at
//      concurrency 16 (throughput) and 1 (latency), the variants interleaved over rounds so the
//      load of other processes falls on all of them alike. Rate limiting is off there by default:
//      its in-memory store costs a request ~0.3 ms or ~2 µs depending on timing (part 1 shows
//      when), which would fall unevenly on the variants; `--env RATE_LIMIT_ENABLED=true` turns it
//      on, with buckets far larger than the load.
// Writes bench/results/<date>-<label>.json.
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { HeaderMap } from '@apollo/server';
import { jwtVerify } from 'jose';
import pg from 'pg';
import pino from 'pino';
import { hashApiKeySecret, newApiKeySecret, presentApiKey } from '../src/auth/api-key-secret.js';
import { createAccessTokenVerifier, signAccessToken } from '../src/auth/jwt.js';
import { loadConfig } from '../src/config.js';
import type { Context } from '../src/context/index.js';
import { createRateLimiter } from '../src/limits/rate-limit.js';
import { MANIFEST_URL, sha256Hex, TrustedDocuments } from '../src/trusted-documents/manifest.js';
import { decideDocument, type DocumentRequest } from '../src/trusted-documents/resolve.js';
import { benchDir, benchLog as log, cpuSeconds, headersFor, openBenchDatabase, startApi, stopApi, withClient } from './harness.js';
import { graphqlPoster, runClosedLoop, type LoadResult } from './load.js';

const POOL_SIZE = 16;

const { values: args } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '5' },
    label: { type: 'string', default: 'partner-overhead' },
    env: { type: 'string', multiple: true, default: [] },
  },
});
const scale = args.full ? 1 : 0.1;
const seconds = Number(args.seconds);
const rounds = Number(args.rounds);
const apiEnv: Record<string, string> = {
  RATE_LIMIT_ENABLED: 'false',
  // When turned on: buckets far larger than the load, so every request is charged and refunded, none refused.
  ...Object.fromEntries(
    ['KEY', 'USER', 'ORGANIZATION'].flatMap((kind) => [
      [`RATE_LIMIT_${kind}_CAPACITY`, '100000000'],
      [`RATE_LIMIT_${kind}_REFILL_PER_SECOND`, '10000000'],
    ]),
  ),
  ...Object.fromEntries(args.env.map((pair) => pair.split('=', 2) as [string, string])),
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

// ---------------------------------------------------------------------------------------------
// The partner's document, exactly as the manifest holds it
// ---------------------------------------------------------------------------------------------

const trusted = TrustedDocuments.load();
const manifestJson = JSON.parse(readFileSync(MANIFEST_URL, 'utf8')) as Record<string, string>;
const [documentId, documentText] = Object.entries(manifestJson).find(([, text]) => /^query ContactsChangedSince\b/.test(text))!;
// After every change in the dataset: the page is empty (hasNextPage false), the same for every variant.
const variables = { since: '2100-01-01T00:00:00.000Z' };

// ---------------------------------------------------------------------------------------------
// 1. In-process
// ---------------------------------------------------------------------------------------------

interface MicroRow {
  name: string;
  microseconds: number;
}

/** µs per call: `iterations` calls per round after a warm-up, median of 7 rounds. */
function time(name: string, iterations: number, run: () => unknown): MicroRow {
  let sink = 0; // keeps the results alive, so the calls cannot be optimized away
  for (let i = 0; i < iterations / 5; i += 1) sink += run() ? 1 : 0;
  const samples: number[] = [];
  for (let round = 0; round < 7; round += 1) {
    const started = performance.now();
    for (let i = 0; i < iterations; i += 1) sink += run() ? 1 : 0;
    samples.push(((performance.now() - started) * 1000) / iterations);
  }
  if (sink < 0) console.log(sink);
  return { name, microseconds: median(samples) };
}

/** The same for a function that answers a promise: each call awaited before the next (a request's latency). */
async function timeAsync(name: string, iterations: number, run: () => Promise<unknown>): Promise<MicroRow> {
  for (let i = 0; i < iterations / 5; i += 1) await run();
  const samples: number[] = [];
  for (let round = 0; round < 7; round += 1) {
    const started = performance.now();
    for (let i = 0; i < iterations; i += 1) await run();
    samples.push(((performance.now() - started) * 1000) / iterations);
  }
  return { name, microseconds: median(samples) };
}

async function inProcess(): Promise<MicroRow[]> {
  const hash = documentId.slice('sha256:'.length);
  const otherText = documentText.replace('ContactsChangedSince', 'ContactsChangedSinceX');
  const byId: DocumentRequest = { documentId, variables } as DocumentRequest;
  const byApqHash: DocumentRequest = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
  const rawText: DocumentRequest = { query: documentText };
  const unknownId: DocumentRequest = { documentId: `sha256:${sha256Hex(otherText)}` };
  const notInList: DocumentRequest = { query: otherText };
  const expect = (request: DocumentRequest, trustedOnly: boolean, kind: string, code?: string) => {
    const decision = decideDocument(request, trusted, trustedOnly);
    if (decision.kind !== kind || (code && (decision.kind !== 'refused' || decision.code !== code)))
      throw new Error(`decideDocument gave ${JSON.stringify(decision).slice(0, 120)}, expected ${kind} ${code ?? ''}`);
  };
  expect(byId, true, 'trusted');
  expect(byApqHash, true, 'trusted');
  expect(rawText, false, 'pass');
  expect(rawText, true, 'refused', 'PERSISTED_QUERY_ID_REQUIRED');
  expect(unknownId, true, 'refused', 'PERSISTED_QUERY_NOT_FOUND');
  expect(notInList, true, 'refused', 'PERSISTED_QUERY_NOT_IN_LIST');

  const jwtSecret = 'bench-secret-bench-secret-bench-secret-0123';
  const jwtOptions = { issuer: 'https://bench.clientflow.invalid/', audience: 'clientflow-bench' };
  const verify = createAccessTokenVerifier(
    loadConfig({ AUTH_JWT_SECRET: jwtSecret, AUTH_ISSUER: jwtOptions.issuer, AUTH_AUDIENCE: jwtOptions.audience }),
  );
  const token = await signAccessToken(jwtSecret, { sub: 'bench|partner-overhead', email: 'bench@example.com', name: 'Bench' }, jwtOptions);
  const { secret } = newApiKeySecret();
  const cryptoKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(jwtSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'verify',
  ]);
  const signingInput = token.slice(0, token.lastIndexOf('.'));
  const bodyText = JSON.stringify({ query: documentText, variables });
  const bodyId = JSON.stringify({ documentId, variables });

  return [
    time(`decideDocument: documentId in the manifest (regex + Map get)`, 200_000, () => decideDocument(byId, trusted, true)),
    time(`decideDocument: APQ sha256Hash in the manifest`, 200_000, () => decideDocument(byApqHash, trusted, true)),
    time(`decideDocument: raw text, JWT caller (passed to Apollo)`, 200_000, () => decideDocument(rawText, trusted, false)),
    time(`decideDocument: raw text, key caller (SHA-256 → PERSISTED_QUERY_ID_REQUIRED)`, 50_000, () =>
      decideDocument(rawText, trusted, true),
    ),
    time(`decideDocument: unknown documentId (PERSISTED_QUERY_NOT_FOUND)`, 200_000, () => decideDocument(unknownId, trusted, true)),
    time(`decideDocument: text not in the manifest (SHA-256 → PERSISTED_QUERY_NOT_IN_LIST)`, 50_000, () =>
      decideDocument(notInList, trusted, true),
    ),
    time(`SHA-256 of the operation text (${documentText.length} chars; Apollo hashes every text)`, 50_000, () => sha256Hex(documentText)),
    time(`JSON.parse of the body: raw text (${bodyText.length} bytes)`, 50_000, () => JSON.parse(bodyText)),
    time(`JSON.parse of the body: documentId (${bodyId.length} bytes)`, 50_000, () => JSON.parse(bodyId)),
    time(`presentApiKey: format check + SHA-256 of the secret`, 100_000, () => presentApiKey(secret)),
    await timeAsync(`verifyAccessToken: jose HS256, iss/aud/exp/iat checks (as the server does)`, 20_000, () => verify(token)),
    // Where that goes: jose imports the raw secret into WebCrypto on every call, then verifies
    // through WebCrypto's asynchronous job; the HMAC itself is a few µs.
    await timeAsync(`  jose jwtVerify with the secret imported once as a CryptoKey`, 20_000, () =>
      jwtVerify(token, cryptoKey, { ...jwtOptions, algorithms: ['HS256'] }),
    ),
    time(`  HMAC-SHA256 of the token's header and payload (node:crypto, synchronous)`, 50_000, () =>
      createHmac('sha256', jwtSecret).update(signingInput).digest(),
    ),
  ];
}

/**
 * The memory rate limiter as the server calls it (charge 21 points, settle 11 used) for a
 * principal alone in the process: back to back (its buckets are never full again between
 * requests), and with 300 ms between requests, after which they are full again at the default
 * refill rates (the store expires a bucket once it is full: lru-cache then sees its entry as
 * stale, and deleting the last entry of a cache clears all of its `max` slots) or are not yet
 * at 1 point/s (the control: the same pause, no expiry).
 */
async function rateLimiterRows(): Promise<MicroRow[]> {
  const orgId = '00000000-0000-4000-8000-000000000001';
  const user = new HeaderMap([
    ['authorization', `Bearer ${await signAccessToken('bench-secret-bench-secret-bench-secret-0123', { sub: 'bench|quiet' })}`],
    ['x-organization-id', orgId],
  ]);
  const key = new HeaderMap([['authorization', `Bearer ${newApiKeySecret().secret}`]]);
  const context = { orgId } as Context;
  // Capacities large enough that 2,000 requests back to back are never refused.
  const large = {
    RATE_LIMIT_KEY_CAPACITY: '100000000',
    RATE_LIMIT_USER_CAPACITY: '100000000',
    RATE_LIMIT_ORGANIZATION_CAPACITY: '100000000',
  };
  const slow = {
    RATE_LIMIT_KEY_REFILL_PER_SECOND: '1',
    RATE_LIMIT_USER_REFILL_PER_SECOND: '1',
    RATE_LIMIT_ORGANIZATION_REFILL_PER_SECOND: '1',
  };
  const cases: [string, number, Record<string, string>][] = [
    ['back to back', 0, large],
    ['300 ms between requests, buckets full again (default refill rates)', 300, large],
    ['300 ms between requests, buckets not full yet (refill 1 point/s)', 300, { ...large, ...slow }],
  ];
  const rows: MicroRow[] = [];
  for (const [who, headers] of [
    ['user', user],
    ['API key', key],
  ] as const) {
    for (const [what, pauseMs, env] of cases) {
      const limiter = (await createRateLimiter(loadConfig(env), pino({ level: 'silent' })))!;
      const samples: number[] = [];
      for (let i = 0; i < (pauseMs ? 16 : 2_000); i += 1) {
        const started = performance.now();
        const outcome = await limiter.charge(headers, 21);
        if (!outcome || !('charged' in outcome)) throw new Error('not charged');
        limiter.settle(outcome.charged, 11, context);
        await Promise.resolve(); // the store's adjust, sent and not awaited by settle
        samples.push((performance.now() - started) * 1000);
        if (pauseMs) await new Promise((done) => setTimeout(done, pauseMs));
      }
      await limiter.close();
      // The first request only creates the buckets (and pays the cold start).
      rows.push({ name: `rate limiter, memory, ${who}: ${what}`, microseconds: median(samples.slice(1)) });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 2. The database alone
// ---------------------------------------------------------------------------------------------

interface BeginRow {
  name: string;
  /** Client-side round trip of one `BEGIN; <statement>; COMMIT` message, µs, median of the rounds. */
  roundTripUs: number;
  /** EXPLAIN ANALYZE's planning and execution time of the statement, µs, median of 300. */
  planningUs: number;
  executionUs: number;
}

async function databaseAlone(appUrl: string, statements: { name: string; sql: string }[]): Promise<BeginRow[]> {
  return withClient(appUrl, async (client) => {
    // One simple-query message, as the API sends BEGIN with its first statement (src/db/client.ts):
    // the statement is the transaction's first, so the functions skip their pg_locks check.
    const messages = statements.map(({ sql }) => `BEGIN; ${sql}; COMMIT`);
    for (const message of messages) for (let i = 0; i < 300; i += 1) await client.query(message);
    // Rounds interleave the statements, so a change in the machine's load falls on all of them.
    const samples = statements.map(() => [] as number[]);
    for (let round = 0; round < 7; round += 1) {
      for (const [index, message] of messages.entries()) {
        const started = performance.now();
        for (let i = 0; i < 500; i += 1) await client.query(message);
        samples[index]!.push(((performance.now() - started) * 1000) / 500);
      }
    }
    const planning = statements.map(() => [] as number[]);
    const execution = statements.map(() => [] as number[]);
    for (let i = 0; i < 300; i += 1) {
      for (const [index, { sql }] of statements.entries()) {
        const results = (await client.query(`BEGIN; EXPLAIN (ANALYZE, FORMAT JSON) ${sql}; ROLLBACK`)) as unknown as pg.QueryResult[];
        const plan = results[1]!.rows[0]['QUERY PLAN'][0];
        planning[index]!.push(plan['Planning Time'] * 1000);
        execution[index]!.push(plan['Execution Time'] * 1000);
      }
    }
    return statements.map(({ name }, index) => ({
      name,
      roundTripUs: median(samples[index]!),
      planningUs: median(planning[index]!),
      executionUs: median(execution[index]!),
    }));
  });
}

/** The plans of the statements inside a function call (auto_explain, nested), as the API role. */
async function nestedPlans(adminUrl: string, database: string, sql: string): Promise<string[]> {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return withClient(url.toString(), async (client) => {
    const plans: string[] = [];
    client.on('notice', (notice) => {
      if (notice.message?.startsWith('duration')) plans.push(notice.message);
    });
    await client.query(`LOAD 'auto_explain'`);
    await client.query(
      `SET auto_explain.log_min_duration = 0; SET auto_explain.log_nested_statements = on; SET auto_explain.log_analyze = on;
       SET client_min_messages = log; SET ROLE clientflow_api`,
    );
    for (let i = 0; i < 10; i += 1) await client.query(`BEGIN; ${sql}; COMMIT`); // past plpgsql's custom plans
    plans.length = 0;
    await client.query(`BEGIN; ${sql}; COMMIT`);
    return plans;
  });
}

// ---------------------------------------------------------------------------------------------
// 3. End to end
// ---------------------------------------------------------------------------------------------

interface Variant {
  name: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

interface Window {
  variant: string;
  concurrency: number;
  round: number;
  result: LoadResult;
  statementsPerRequest: number;
  /** pg_stat_statements' mean time of the begin statement (BEGIN's companion), ms. */
  beginStatementMeanMs: number;
  apiCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
}

async function backendPids(ownerUrl: string): Promise<number[]> {
  return withClient(ownerUrl, async (client) =>
    (await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE usename = 'clientflow_api'`)).rows.map((row) => row.pid),
  );
}

/** CPU seconds of each backend, by pid (NaN once it has exited). */
const cpuOf = (pids: number[]) => new Map(pids.map((pid) => [pid, cpuSeconds(pid)]));
/** CPU the backends used between two readings; one that exited in between (an idle pool connection closed) is left out. */
const cpuUsed = (before: Map<number, number>, after: Map<number, number>) =>
  [...before].reduce((sum, [pid, seconds]) => sum + (Number.isFinite(after.get(pid)) ? after.get(pid)! - seconds : 0), 0);

async function main() {
  log(`1. in-process: ${documentText.length}-character ContactsChangedSince, median of 7 rounds`);
  const micro = [...(await inProcess()), ...(await rateLimiterRows())];
  console.log('\n| In-process (no HTTP, no database) | µs per call |\n|---|--:|');
  for (const row of micro) console.log(`| ${row.name} | ${fixed(row.microseconds, 2)} |`);
  console.log('');

  const { cluster, manifest, database } = await openBenchDatabase({ scale, log });
  let failed = false;
  try {
    await withClient(manifest.ownerUrl, (client) => client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements'));
    const large = manifest.orgs.find((org) => org.size === 'large')!;
    const userHeaders = await headersFor(large.owner, large.id);
    const api = await startApi(manifest.appUrl, {
      poolSize: POOL_SIZE,
      env: apiEnv,
    });
    let keyId: string | null = null;
    const admin = async (query: string, vars: Record<string, unknown>) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...userHeaders },
        body: JSON.stringify({ query, variables: vars }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors).slice(0, 300)}`);
      return body.data!;
    };
    try {
      // A MEMBER key of the large organization, created the way a partner gets one; revoked at the end.
      const created = (await admin(`mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`, {
        input: { name: `bench partner-overhead ${new Date().toISOString()}`, role: 'MEMBER' },
      })) as { createApiKey: { secret: string; apiKey: { id: string } } };
      keyId = created.createApiKey.apiKey.id;
      const secret = created.createApiKey.secret;
      const keyHeaders = { authorization: `Bearer ${secret}` };

      // 2. The database alone.
      const subject = pg.escapeLiteral(large.owner.subject);
      const beginStatements = [
        {
          name: 'BEGIN only (set_config of the tenant, as the bench floor)',
          sql: `SELECT set_config('app.current_org_id', ${pg.escapeLiteral(large.id)}, true)`,
        },
        {
          name: 'app.begin_request (JWT: user by subject, membership)',
          sql: `SELECT * FROM app.begin_request(${subject}, ${pg.escapeLiteral(large.owner.email)}, ${pg.escapeLiteral(large.owner.name)}, ${pg.escapeLiteral(large.id)}::uuid)`,
        },
        {
          name: 'app.begin_api_key_request (key by SHA-256, membership)',
          sql: `SELECT * FROM app.begin_api_key_request(decode('${hashApiKeySecret(secret).toString('hex')}', 'hex'), NULL::uuid)`,
        },
      ];
      log('2. the database alone: BEGIN + begin function + COMMIT in one message, 5 × 1,000 sequential');
      const beginRows = await databaseAlone(manifest.appUrl, beginStatements);
      console.log(
        '\n| Database alone, one connection | µs per transaction (client round trip) | EXPLAIN ANALYZE: planning µs | execution µs |',
      );
      console.log('|---|--:|--:|--:|');
      for (const row of beginRows)
        console.log(`| ${row.name} | ${fixed(row.roundTripUs)} | ${fixed(row.planningUs)} | ${fixed(row.executionUs)} |`);
      const plans: Record<string, string[]> = {};
      for (const statement of beginStatements.slice(1)) {
        plans[statement.name] = await nestedPlans(cluster.adminUrl, database, statement.sql);
      }
      console.log('');

      // 3. End to end.
      const variants: Variant[] = [
        { name: 'JWT + raw text', headers: userHeaders, body: { query: documentText, variables } },
        { name: 'JWT + documentId', headers: userHeaders, body: { documentId, variables } },
        { name: 'API key + documentId', headers: keyHeaders, body: { documentId, variables } },
      ];
      // The same answer for each: the key acts in the same organization under the same RLS.
      const answers = await Promise.all(
        variants.map(async (variant) => {
          const response = await fetch(api.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...variant.headers },
            body: JSON.stringify(variant.body),
          });
          const body = (await response.json()) as { data?: unknown; errors?: unknown };
          if (response.status !== 200 || body.errors)
            throw new Error(`${variant.name}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
          return JSON.stringify(body.data);
        }),
      );
      if (new Set(answers).size !== 1) throw new Error(`the variants answer differently: ${answers.join(' / ')}`);
      log(`all three variants answer ${answers[0]!.slice(0, 100)}`);

      const windows: Window[] = [];
      const concurrencies = [16, 1];
      for (const concurrency of concurrencies) {
        const posters = variants.map((variant) => graphqlPoster(api.url, variant.headers, concurrency));
        for (const [i, variant] of variants.entries()) {
          // V8 and Prisma need a few thousand requests before their cost settles.
          const warmup = concurrency > 1 ? 4 : 1;
          log(`warm-up: ${variant.name}, concurrency ${concurrency}, ${warmup} s`);
          await runClosedLoop(concurrency, warmup, () => posters[i]!(variant.body));
        }
        for (let round = 1; round <= rounds; round += 1) {
          // Rotate the order each round: no variant always follows the same one.
          for (let step = 0; step < variants.length; step += 1) {
            const index = (step + round - 1) % variants.length;
            const variant = variants[index]!;
            const pids = await backendPids(manifest.ownerUrl);
            await withClient(manifest.ownerUrl, (client) => client.query('SELECT pg_stat_statements_reset()'));
            const apiBefore = cpuSeconds(api.process.pid);
            const pgBefore = cpuOf(pids);
            const result = await runClosedLoop(concurrency, seconds, () => posters[index]!(variant.body));
            const apiCpu = cpuSeconds(api.process.pid) - apiBefore;
            const pgCpu = cpuUsed(pgBefore, cpuOf(pids));
            const { statements, beginMean } = await withClient(manifest.ownerUrl, async (client) => {
              const where = `userid = 'clientflow_api'::regrole AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`;
              const total = await client.query(`SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements WHERE ${where}`);
              const begin = await client.query(
                `SELECT sum(total_exec_time) / nullif(sum(calls), 0) AS mean FROM pg_stat_statements
                  WHERE ${where} AND (query LIKE '%app.begin_request(%' OR query LIKE '%app.begin_api_key_request(%')`,
              );
              return { statements: Number(total.rows[0].calls), beginMean: Number(begin.rows[0].mean) };
            });
            const requests = Math.max(1, result.requests);
            windows.push({
              variant: variant.name,
              concurrency,
              round,
              result,
              statementsPerRequest: statements / requests,
              beginStatementMeanMs: beginMean,
              apiCpuMsPerRequest: (apiCpu * 1000) / requests,
              postgresCpuMsPerRequest: (pgCpu * 1000) / requests,
            });
            log(
              `  round ${round}, c=${concurrency}, ${variant.name}: ${result.rps.toFixed(0)} req/s, p50 ${fixed(result.p50, 2)} ms, p99 ${fixed(result.p99, 2)} ms, ${result.errors} errors`,
            );
            if (result.errors > 0) {
              failed = true;
              log(`  first error: ${result.firstError}`);
            }
          }
        }
      }

      // Per variant and concurrency: the median of the rounds, and their range.
      const summary = concurrencies.flatMap((concurrency) =>
        variants.map((variant) => {
          const mine = windows.filter((each) => each.variant === variant.name && each.concurrency === concurrency);
          const pick = (value: (each: Window) => number) => median(mine.map(value));
          const rps = mine.map((each) => each.result.rps);
          return {
            variant: variant.name,
            concurrency,
            rps: pick((each) => each.result.rps),
            rpsRange: [Math.min(...rps), Math.max(...rps)],
            p50: pick((each) => each.result.p50),
            p99: pick((each) => each.result.p99),
            errors: mine.reduce((sum, each) => sum + each.result.errors, 0),
            statementsPerRequest: pick((each) => each.statementsPerRequest),
            beginStatementMeanMs: pick((each) => each.beginStatementMeanMs),
            apiCpuMsPerRequest: pick((each) => each.apiCpuMsPerRequest),
            postgresCpuMsPerRequest: pick((each) => each.postgresCpuMsPerRequest),
          };
        }),
      );
      console.log(
        `\nEnd to end, ContactsChangedSince (empty page), median of ${rounds} rounds of ${seconds} s (req/s range in brackets):\n`,
      );
      console.log(
        '| Variant | concurrency | req/s (range) | µs per request (1 ÷ req/s) | Δ vs JWT + raw text | p50 ms | p99 ms | errors | SQL statements/req | begin statement ms | API CPU ms/req | PostgreSQL CPU ms/req |',
      );
      console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
      for (const row of summary) {
        const base = summary.find((each) => each.concurrency === row.concurrency)!;
        const perRequest = 1e6 / row.rps;
        const delta = perRequest - 1e6 / base.rps;
        console.log(
          `| ${row.variant} | ${row.concurrency} | ${row.rps.toFixed(0)} (${row.rpsRange[0]!.toFixed(0)}–${row.rpsRange[1]!.toFixed(0)}) | ${perRequest.toFixed(0)} | ${row === base ? '—' : `${delta >= 0 ? '+' : '−'}${Math.abs(delta).toFixed(0)} µs`} | ${fixed(row.p50, 2)} | ${fixed(row.p99, 2)} | ${row.errors} | ${row.statementsPerRequest.toFixed(2)} | ${fixed(row.beginStatementMeanMs, 3)} | ${fixed(row.apiCpuMsPerRequest, 2)} | ${fixed(row.postgresCpuMsPerRequest, 2)} |`,
        );
      }
      console.log('');

      const report = {
        label: args.label,
        date: new Date().toISOString(),
        machine: {
          cpu: os.cpus()[0]?.model,
          cores: os.cpus().length,
          memoryGiB: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
          loadAverage: os.loadavg(),
        },
        settings: { scale, seconds, rounds, poolSize: POOL_SIZE, document: documentId, variables, apiEnv },
        inProcess: micro,
        databaseAlone: beginRows,
        nestedPlans: plans,
        endToEnd: { summary, windows },
      };
      mkdirSync(join(benchDir, 'results'), { recursive: true });
      const file = join(benchDir, 'results', `${report.date.slice(0, 10)}-${args.label}.json`);
      writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
      log(`wrote ${file}`);
    } finally {
      if (keyId) await admin(`mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { id } } }`, { id: keyId }).catch(() => {});
      await stopApi(api);
    }
  } finally {
    await cluster.stop();
  }
  process.exit(failed ? 1 : 0);
}

await main();
