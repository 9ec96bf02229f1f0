import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type pg from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestRecord } from './request-scope.js';

/**
 * Distinct operation names one process puts in labels; later names share `__other`. Names come
 * from clients, so without a cap each new name (a typo, a generated name, an attacker's loop)
 * would be a new time series forever. 100 names × 2 types × 12 buckets is at most 2,400 series
 * for the histogram. A name is admitted only once its document parsed and validated (Apollo
 * resolved the operation), so garbage never takes a slot; the log line keeps the real name.
 */
export const MAX_OPERATION_LABELS = 100;
/** Error codes are chosen by the server, not the client; the cap only guards against a bug. */
const MAX_ERROR_CODE_LABELS = 50;
export const OTHER = '__other';

/** Admits the first `max` distinct values; every later one becomes `overflow`. */
export class BoundedLabel {
  private readonly admitted = new Set<string>();
  constructor(
    private readonly max: number,
    private readonly overflow: string,
  ) {}
  of(value: string): string {
    if (this.admitted.has(value)) return value;
    if (this.admitted.size >= this.max) return this.overflow;
    this.admitted.add(value);
    return value;
  }
}

const ROUTES = ['/graphql', '/healthz', '/health', '/readyz', '/metrics', '/files'];
const routeOf = (path: string) => ROUTES.find((route) => path === route || path.startsWith(`${route}/`)) ?? 'other';

/**
 * Rate-limit charges the store could not make (Redis unreachable): those requests were served
 * without rate limits (fail open). Per process, like the Node metrics: the store client is.
 */
export const rateLimitStoreFailures = new Counter({
  name: 'clientflow_rate_limit_store_failures_total',
  help: 'Rate-limit charges that failed because the store (Redis) was unreachable; the requests were served unlimited',
  labelNames: ['store'] as const,
  registers: [],
});

// Node's own metrics (event-loop lag from monitorEventLoopDelay, heap, GC, handles, CPU) describe
// the process, not one server: registered once however many servers a process (a test file) runs.
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
    processRegistry.registerMetric(rateLimitStoreFailures);
  }
  return processRegistry;
}

export interface Metrics {
  registry: Registry;
  /** Called once per finished HTTP response, with its record complete. */
  observe(record: RequestRecord, path: string, status: number, seconds: number): void;
}

/** What the realtime server has open, read at scrape time (README "Realtime"). */
export interface RealtimeGauges {
  connections(): number;
  subscriptions(): number;
}

export function createMetrics(pool: pg.Pool, realtime?: RealtimeGauges): Metrics {
  const own = new Registry();
  const registers = [own];
  const duration = new Histogram({
    name: 'clientflow_graphql_request_duration_seconds',
    help: 'GraphQL requests from arrival to the last byte of the response, by operation name (capped) and type',
    labelNames: ['operation', 'type'] as const,
    // prom-client's defaults (5 ms … 10 s) plus 15 s, REQUEST_TIMEOUT_MS's default: a node by id takes
    // ~4 ms alone and ~58 ms at concurrency 16, the dashboard ~1.4 s (bench/README.md).
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
    registers,
  });
  const errors = new Counter({
    name: 'clientflow_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code',
    labelNames: ['code'] as const,
    registers,
  });
  const responses = new Counter({
    name: 'clientflow_http_responses_total',
    help: 'HTTP responses by route and status (body-parser 400/413, 404s and probes included)',
    labelNames: ['route', 'status'] as const,
    registers,
  });
  // Read at scrape time: nothing per request.
  new Gauge({
    name: 'clientflow_db_pool_connections_in_use',
    help: 'Pool connections checked out (one per request in flight)',
    registers,
    collect() {
      this.set(pool.totalCount - pool.idleCount);
    },
  });
  new Gauge({
    name: 'clientflow_db_pool_connections_idle',
    help: 'Open pool connections waiting for a request',
    registers,
    collect() {
      this.set(pool.idleCount);
    },
  });
  new Gauge({
    name: 'clientflow_db_pool_waiting_requests',
    help: 'Requests waiting for a pool connection (the pool is exhausted when > 0)',
    registers,
    collect() {
      this.set(pool.waitingCount);
    },
  });
  new Gauge({
    name: 'clientflow_db_pool_connections_max',
    help: 'DATABASE_POOL_SIZE',
    registers,
    collect() {
      this.set(pool.options.max ?? 10);
    },
  });

  if (realtime) {
    new Gauge({
      name: 'clientflow_websocket_connections',
      help: 'Open WebSocket connections (graphql-ws on /graphql)',
      registers,
      collect() {
        this.set(realtime.connections());
      },
    });
    new Gauge({
      name: 'clientflow_subscriptions',
      help: "Subscriptions listening to this process's events",
      registers,
      collect() {
        this.set(realtime.subscriptions());
      },
    });
  }

  const operations = new BoundedLabel(MAX_OPERATION_LABELS, OTHER);
  const codes = new BoundedLabel(MAX_ERROR_CODE_LABELS, OTHER);

  return {
    registry: Registry.merge([processMetrics(), own]),
    observe(record, path, status, seconds) {
      const route = routeOf(path);
      responses.inc({ route, status: String(status) });
      if (route !== '/graphql') return;
      const operation = !record.operationType ? '__none' : record.operationName ? operations.of(record.operationName) : '__anonymous';
      duration.observe({ operation, type: record.operationType ?? 'none' }, seconds);
      for (const code of record.errorCodes) errors.inc({ code: codes.of(code) });
    },
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** GET /metrics; with a token, only for `Authorization: Bearer <token>` (compared in constant time). */
export function metricsHandler(registry: Registry, token: string | undefined): RequestHandler {
  const expected = token === undefined ? null : digest(token);
  return async (req, res) => {
    if (expected) {
      const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (given === undefined || !timingSafeEqual(digest(given), expected)) {
        res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'a valid metrics token is required' });
        return;
      }
    }
    res.set('Content-Type', registry.contentType).send(await registry.metrics());
  };
}
