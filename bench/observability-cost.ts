/**
 * What the request log and the metrics add to one request, measured apart from everything else
 * (HTTP parsing, Apollo, Prisma, PostgreSQL), whose run-to-run noise on a shared 2-core machine is
 * larger than the thing measured (the full benchmark's API CPU ms/req moved 3.9 → 8.5 between two
 * runs of the same code):
 *
 * 1. The middleware and the line: a request and response object go through the observability
 *    middleware (record, id, pino-http, the completion: metrics and the JSON line written to
 *    /dev/null) in a tight loop. ns per request, best of rounds.
 * 2. AsyncLocalStorage: on Node 20 and 22 an active store adds work to every promise created
 *    while it is set (async_hooks); a GraphQL request creates thousands. ns per promise, measured
 *    in child processes with and without a store (it cannot be switched off once used).
 *
 *   npx tsx bench/observability-cost.ts
 */
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { Socket } from 'node:net';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { createObservability } from '../src/observability/http.js';
import { createLogger } from '../src/observability/logger.js';
import { currentRequest } from '../src/observability/request-scope.js';

const ITERATIONS = 20_000;
const ROUNDS = 7;

if (process.argv[2] === '--promises') {
  // Child: ns per `await` of a resolved promise, inside a store or with none ever set.
  const { AsyncLocalStorage } = await import('node:async_hooks');
  const work = async () => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 1_000_000; i += 1) await Promise.resolve(i);
    return Number(process.hrtime.bigint() - start) / 1_000_000;
  };
  const storage = new AsyncLocalStorage<object>();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) times.push(process.argv[3] === 'store' ? await storage.run({}, work) : await work());
  console.log(Math.min(...times));
  process.exit(0);
}

// A pool that never connects: the gauges read its counters only when scraped.
const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none', max: 10 });
const config = loadConfig({
  NODE_ENV: 'production',
  AUTH_JWT_SECRET: 'x'.repeat(32),
  AUTH_ISSUER: 'https://issuer.example.test/',
  AUTH_AUDIENCE: 'clientflow-bench',
  // Production requires an SMTP server; the API itself sends no e-mail.
  SMTP_URL: 'smtp://127.0.0.1:2525',
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
  METRICS_TOKEN: 'y'.repeat(32),
});

function middlewareCost(level: string | null): number {
  const logger = level === null ? null : createLogger({ level, destination: pino.destination({ dest: '/dev/null', sync: true }) });
  const middleware = logger ? createObservability({ config, pool, logger }).middleware : null;
  const socket = new Socket();
  const once = () => {
    const req = new http.IncomingMessage(socket);
    req.method = 'POST';
    req.url = '/graphql';
    req.headers = { 'content-type': 'application/json', authorization: 'Bearer x', 'x-organization-id': 'y' };
    const res = new http.ServerResponse(req);
    const handle = () => {
      // What the Apollo plugin and the pg client do to the record during a request.
      const record = currentRequest();
      if (record) {
        record.operationName = 'DealById';
        record.operationType = 'query';
        record.userId = '6f1c2d4e-0000-4000-8000-000000000001';
        record.orgId = '6f1c2d4e-0000-4000-8000-000000000002';
        record.role = 'MEMBER';
        record.statements += 4;
      }
      res.statusCode = 200;
      res.emit('finish');
      res.emit('close');
    };
    if (middleware)
      middleware(req as unknown as Parameters<typeof middleware>[0], res as unknown as Parameters<typeof middleware>[1], handle);
    else handle();
  };
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < ITERATIONS; i += 1) once();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / ITERATIONS);
  }
  return best;
}

const base = middlewareCost(null);
console.log(`1. middleware and line, ns per request (best of ${ROUNDS} × ${ITERATIONS}):`);
console.log(`   no observability (request and response objects only) ${base.toFixed(0)}`);
for (const level of ['warn', 'info']) {
  const cost = middlewareCost(level);
  console.log(
    `   observability, LOG_LEVEL=${level.padEnd(4)}                       ${cost.toFixed(0)}  (+${((cost - base) / 1000).toFixed(1)} µs)`,
  );
}
const child = (mode: string) =>
  Number(execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--promises', mode], { encoding: 'utf8' }).trim());
const withoutStore = child('none');
const withStore = child('store');
console.log(
  `2. ns per awaited promise: no AsyncLocalStorage ${withoutStore.toFixed(1)}, inside a store ${withStore.toFixed(1)} (+${(withStore - withoutStore).toFixed(1)}) on Node ${process.versions.node}`,
);
await pool.end();
