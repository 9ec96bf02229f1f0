import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type pg from 'pg';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config.js';
import type { Context } from '../context/index.js';
import { requestRecordPlugin, settleErrorCodes } from './apollo-plugin.js';
import { loggablePath, withSafeSerializers } from './logger.js';
import { createMetrics, metricsHandler, type RealtimeGauges } from './metrics.js';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.js';
import { newRequestRecord, requestScope, type RequestRecord } from './request-scope.js';

/** Probes and scrapes: every 10–15 s per replica, logged at debug so they do not bury requests. */
const QUIET_PATHS = new Set(['/healthz', '/health', '/readyz', '/metrics']);

interface Finished {
  record: RequestRecord;
  durationMs: number;
}

export interface Observability {
  /** Mount first: the request's record and id, its log line and metrics, and /metrics when served here. */
  middleware: Router;
  /** Operation name/type and error codes into the record. */
  apolloPlugin: ApolloServerPlugin<Context>;
  /** The METRICS_PORT listener (null without one), started by listen(). */
  metricsServer: http.Server | null;
  listen(host: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Where /metrics is served: on its own listener when METRICS_PORT is set; else on the public
 * port, behind METRICS_TOKEN when set, and open only outside production.
 */
export function metricsExposure(config: Config): 'own-port' | 'public' | 'none' {
  if (config.METRICS_PORT !== undefined) return 'own-port';
  return config.METRICS_TOKEN || config.NODE_ENV !== 'production' ? 'public' : 'none';
}

export function createObservability(options: { config: Config; pool: pg.Pool; logger: Logger; realtime?: RealtimeGauges }): Observability {
  const { config } = options;
  const logger = withSafeSerializers(options.logger);
  const metrics = createMetrics(options.pool, options.realtime);
  const finished = new WeakMap<IncomingMessage, Finished>();

  // Runs before anything else can answer (body-parser's 400/413, 404s, probes): every response
  // carries the id, and everything downstream, the pg client included, sees the record.
  const scope: RequestHandler = (req, res, next) => {
    const record = newRequestRecord(requestIdFor(req));
    res.setHeader(REQUEST_ID_HEADER, record.id);
    // With tracing on, the request's trace can be found by the id in its log line (a no-op without).
    trace.getActiveSpan()?.setAttribute('clientflow.request_id', record.id);
    const complete = () => {
      if (finished.has(req)) return;
      const durationNs = process.hrtime.bigint() - record.startedAt;
      settleErrorCodes(record);
      finished.set(req, { record, durationMs: Number(durationNs / 1000n) / 1000 });
      metrics.observe(record, loggablePath(req.originalUrl), res.statusCode, Number(durationNs) / 1e9);
    };
    // Registered before pino-http's listeners, so the record is complete when the line is written.
    res.once('finish', complete);
    res.once('close', complete);
    requestScope.run(record, next);
  };

  const requestLog = pinoHttp<Request, Response>({
    logger,
    wrapSerializers: false,
    genReqId: (req, res) => String(res.getHeader(REQUEST_ID_HEADER) ?? ''),
    customLogLevel: (req, res) => (res.statusCode >= 500 ? 'error' : QUIET_PATHS.has(loggablePath(req.originalUrl)) ? 'debug' : 'info'),
    // The line is the record; pino-http's own error object would only say "failed with status code 500".
    customSuccessObject: (req, res) => lineFor(req, res),
    customErrorObject: (req, res) => lineFor(req, res),
  });
  const lineFor = (req: IncomingMessage, res: ServerResponse) => {
    const done = finished.get(req);
    if (!done) return { res };
    const { record, durationMs } = done;
    return {
      reqId: record.id,
      res,
      durationMs,
      userId: record.userId,
      orgId: record.orgId,
      role: record.role,
      operation: record.operationName,
      operationType: record.operationType,
      cost: record.cost,
      statements: record.statements,
      errorCodes: record.errorCodes.length ? record.errorCodes : undefined,
    };
  };

  const exposure = metricsExposure(config);
  const serveMetrics = metricsHandler(metrics.registry, config.METRICS_TOKEN);
  const middleware = Router();
  middleware.use(scope, requestLog);
  if (exposure === 'public') middleware.get('/metrics', serveMetrics);

  let metricsServer: http.Server | null = null;
  if (exposure === 'own-port') {
    const metricsApp = express();
    metricsApp.disable('x-powered-by');
    metricsApp.use(scope, requestLog);
    metricsApp.get('/metrics', serveMetrics);
    metricsServer = http.createServer(metricsApp);
  }

  return {
    middleware,
    apolloPlugin: requestRecordPlugin(),
    metricsServer,
    listen: (host) =>
      new Promise((resolve, reject) => {
        if (!metricsServer) return resolve();
        metricsServer.once('error', reject);
        metricsServer.listen(config.METRICS_PORT, host, () => resolve());
      }),
    stop: () =>
      new Promise((resolve, reject) => {
        if (!metricsServer?.listening) return resolve();
        metricsServer.close((error) => (error ? reject(error) : resolve()));
        metricsServer.closeAllConnections();
      }),
  };
}
