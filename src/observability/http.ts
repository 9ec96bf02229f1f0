import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Context } from '../context/index.js';
import { requestRecordPlugin, settleErrorCodes } from './apollo-plugin.js';
import { loggablePath, withSafeSerializers } from './logger.js';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.js';
import { newRequestRecord, requestScope, type RequestRecord } from './request-scope.js';

/** Probes: every 10–15 s per replica, logged at debug so they do not bury requests. */
const QUIET_PATHS = new Set(['/healthz', '/readyz']);

interface Finished {
  record: RequestRecord;
  durationMs: number;
}

export interface Observability {
  /** Mount first: the request's record and id, and its log line. */
  middleware: Router;
  /** Operation name/type and error codes into the record. */
  apolloPlugin: ApolloServerPlugin<Context>;
}

export function createObservability(options: { logger: Logger }): Observability {
  const logger = withSafeSerializers(options.logger);
  const finished = new WeakMap<IncomingMessage, Finished>();

  // Runs before anything else can answer (body-parser's 400/413, 404s, probes): every response
  // carries the id, and everything downstream, the pg client included, sees the record.
  const scope: RequestHandler = (req, res, next) => {
    const record = newRequestRecord(requestIdFor(req));
    res.setHeader(REQUEST_ID_HEADER, record.id);
    const complete = () => {
      if (finished.has(req)) return;
      const durationNs = process.hrtime.bigint() - record.startedAt;
      settleErrorCodes(record);
      finished.set(req, { record, durationMs: Number(durationNs / 1000n) / 1000 });
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

  const middleware = Router();
  middleware.use(scope, requestLog);
  return { middleware, apolloPlugin: requestRecordPlugin() };
}
