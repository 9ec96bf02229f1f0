import http from 'node:http';
import { TLSSocket } from 'node:tls';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { ErrorRequestHandler } from 'express';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { createAccessTokenVerifier } from './auth/jwt.js';
import type { Config } from './config.js';
import { createContext, type Context } from './context/index.js';
import { landingPagePlugin, type SandboxDemo } from './landing-page.js';
import { applyTenantDoor } from './context/tenant-door.js';
import type { Database } from './db/client.js';
import { TenantSlots } from './db/tenant-slots.js';
import { apolloLimitOptions, operationLimitsFromConfig, operationLimitsPlugin } from './limits/index.js';
import { createRateLimiter } from './limits/rate-limit.js';
import { ApiKeyUsage } from './modules/api-key/last-used.js';
import { attachmentFileRoutes, createAttachmentService } from './modules/attachment/index.js';
import { exportRoutes } from './modules/import/export-route.js';
import { PUBLIC_IMAGES_PATH, publicImageRoutes } from './modules/image/index.js';
import { organizationDocuments } from './modules/trusted-document/lookup.js';
import { idempotencyPlugin, recordIdempotentResponse } from './idempotency/index.js';
import { createObservability } from './observability/http.js';
import { withSafeSerializers } from './observability/logger.js';
import { databaseCause, formatError, toClientError } from './schema/error-mapping.js';
import { ClientFlowError, ErrorCode, transactionOutcomeUnknown } from './schema/errors.js';
import { inputTextPlugin } from './schema/input-text.js';
import { learnDatabaseLowerCase } from './schema/prefix-keys.js';
import { TrustedDocuments, trustedDocumentsMiddleware } from './trusted-documents/middleware.js';
import { buildSchema } from './modules/index.js';
import { EventListener } from './events/listener.js';
import { attachRealtime, refuseSubscriptionsOverHttp, type RealtimeServer } from './realtime/server.js';

/** A client error as it goes out in a response we rewrite ourselves (no http extension). */
function asResponseError(error: GraphQLError): GraphQLFormattedError {
  const { http: _http, ...extensions } = error.extensions;
  return { message: error.message, extensions };
}

/**
 * What to answer when the COMMIT failed. An ordinary error from PostgreSQL (a serialization
 * failure or a deferred constraint at commit, a deadline that expired first) means it rolled
 * back: nothing was written. No answer at all (the connection dropped after COMMIT was sent),
 * or the server going away while it ran (SQLSTATE class 08, or 57P01-57P05: terminated, crash,
 * shutdown), means nobody can tell whether the commit record made it to disk: saying "nothing
 * was written" could make a client apply the change twice.
 */
function commitFailure(error: unknown): GraphQLError {
  const { code } = databaseCause(error);
  if (!code || code.startsWith('08') || /^57P0[1-5]$/.test(code)) return transactionOutcomeUnknown();
  return toClientError(error) ?? new ClientFlowError(ErrorCode.INTERNAL_SERVER_ERROR, 'The change could not be saved; nothing was written');
}

/**
 * Ends each request's transaction once the response is known: commit when the operation has
 * no errors, otherwise roll back. A rolled-back mutation reports data: null, since none of it
 * was kept.
 */
function requestTransactionPlugin(logger: Logger): ApolloServerPlugin<Context> {
  // A statement before COMMIT failed: the client's error for it (the transaction is then rolled back).
  const toClientFailure = (error: unknown): GraphQLError => {
    const answer = toClientError(error);
    if (!answer) logger.error({ err: error }, 'request failed before commit');
    return answer ?? new ClientFlowError(ErrorCode.INTERNAL_SERVER_ERROR, 'The change could not be saved; nothing was written');
  };
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation }) {
          if (response.body.kind !== 'single') {
            // Incremental delivery cannot run inside one transaction (graphql 16 never gets here).
            await contextValue.finish(false);
            return;
          }
          const result = response.body.singleResult;
          const commit = !result.errors?.length;
          // The response under the request's Idempotency-Key, written in the transaction it answers;
          // failing that, nothing is kept (a retry with the key runs anew).
          const unrecorded = commit ? await recordIdempotentResponse(contextValue, result).then(() => null, toClientFailure) : null;
          if (unrecorded) {
            await contextValue
              .finish(false)
              .catch((error: unknown) => logger.error({ err: error }, 'request transaction failed to roll back'));
            result.data = null;
            result.errors = [asResponseError(unrecorded)];
            return;
          }
          try {
            await contextValue.finish(commit);
          } catch (error) {
            if (!commit) {
              logger.error({ err: error }, 'request transaction failed to roll back');
              return;
            }
            const answer = commitFailure(error);
            if (
              answer.extensions.code === ErrorCode.INTERNAL_SERVER_ERROR ||
              answer.extensions.code === ErrorCode.TRANSACTION_OUTCOME_UNKNOWN
            ) {
              logger.error({ err: error }, 'request transaction failed to commit');
            }
            result.data = null;
            result.errors = [asResponseError(answer)];
            return;
          }
          if (!commit && operation?.operation === 'mutation') result.data = null;
        },
      };
    },
  };
}

/**
 * Body-parser failures answered as GraphQL-style JSON. Express would otherwise print the error
 * — whose message quotes the body, passwords included — and answer with an HTML page.
 */
function jsonBodyErrors(maxBytes: string): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const type = typeof error === 'object' && error !== null && 'type' in error ? error.type : undefined;
    const reply = (status: number, code: string, message: string) =>
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    if (type === 'entity.too.large') return reply(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes}`);
    if (type === 'entity.parse.failed') return reply(400, 'BAD_REQUEST', 'The request body is not valid JSON');
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return reply(415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be JSON in UTF-8');
    }
    if (typeof type === 'string') return reply(400, 'BAD_REQUEST', 'The request body could not be read');
    return next(error);
  };
}

export interface AppServer {
  httpServer: http.Server;
  /** The METRICS_PORT listener, when /metrics is served on its own port. */
  metricsServer: http.Server | null;
  /** GraphQL subscriptions over WebSocket on /graphql (README "Realtime"). */
  realtime: RealtimeServer;
  /** This process's LISTEN connection, which fans committed events out to its subscriptions. */
  events: EventListener;
  listen(port: number, host: string): Promise<number>;
  /** From now on /readyz answers 503, so a load balancer sends no new requests; serving goes on. */
  markStopping(): void;
  stop(): Promise<void>;
}

export async function createServer(options: {
  config: Config;
  database: Database;
  logger: Logger;
  /** Default: the codegen manifest (src/generated/operations/persisted-documents.json). */
  trustedDocuments?: TrustedDocuments;
  /** Development only (ignored in production): the Sandbox opens with these demo headers filled in. */
  sandboxDemo?: SandboxDemo | null;
}): Promise<AppServer> {
  const { config, database } = options;
  const trustedDocuments = options.trustedDocuments ?? TrustedDocuments.load();
  // Whatever logger the caller built, nothing logged here carries a message, a header or a secret-named value.
  const logger = withSafeSerializers(options.logger);
  const production = config.NODE_ENV === 'production';
  const app = express();
  const httpServer = http.createServer(app);
  const verifyAccessToken = createAccessTokenVerifier(config);
  const attachments = await createAttachmentService(config, logger);
  const organizationSettings = {
    invitationTtlHours: config.INVITATION_TTL_HOURS,
    maxOrganizationsPerUser: config.MAX_ORGANIZATIONS_PER_USER,
    deletionGraceDays: config.ORGANIZATION_DELETION_GRACE_DAYS,
  };
  const webhookSettings = { allowPrivateUrls: config.WEBHOOK_ALLOW_PRIVATE_URLS, httpsOnly: production };
  // startsWith on names reads the prefix keys for the characters the database lower-cases as we do.
  if ((await learnDatabaseLowerCase((sql, values) => database.pool.query<{ lowered: string[] }>(sql, values))) === 0) {
    logger.warn('the database lower-cases no character as JavaScript does: startsWith filters use ILIKE');
  }
  const apiKeyUsage = new ApiKeyUsage(database.prisma, logger, config.API_KEY_LAST_USED_FLUSH_MS);
  const operationLimits = operationLimitsFromConfig(config);
  // README "Rate limits": buckets in memory, or in Redis (REDIS_URL) shared by every API process.
  const rateLimiter = await createRateLimiter(config, logger);
  // One LISTEN connection per process (README "Realtime"): a direct one, never through PgBouncer.
  const events = new EventListener(config.DATABASE_LISTEN_URL ?? database.pool.options.connectionString ?? '', logger);
  const observability = createObservability({
    config,
    pool: database.pool,
    logger,
    // Read at scrape time, once the WebSocket server below exists.
    realtime: { connections: () => realtime.connectionCount(), subscriptions: () => events.handlerCount },
  });
  const slots = new TenantSlots({
    slotsPerTenant: Math.max(1, Math.floor(config.DATABASE_POOL_SIZE * config.DATABASE_POOL_TENANT_SHARE)),
    slowTenantSlots: config.DATABASE_SLOW_TENANT_SLOTS,
    slowTransactionMs: config.DATABASE_SLOW_TRANSACTION_MS,
  });
  const limits = {
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    acquireTimeoutMs: config.DATABASE_POOL_ACQUIRE_TIMEOUT_MS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DATABASE_LOCK_TIMEOUT_MS,
    idleInTransactionTimeoutMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
  // LIMIT_MAX_BODY_BYTES (README "Limits"): express.json's limit, and the 413's message.
  const maxBodySize = `${config.LIMIT_MAX_BODY_BYTES} bytes`;

  // Root fields open the transaction, then check the role matrix with the role it read.
  const schema = applyTenantDoor(buildSchema());
  const contextDependencies = { database, verifyAccessToken, limits, slots, apiKeyUsage };
  const servicesFor = (origin: string) => ({
    // File links point back at this API: its configured public URL, or the origin the client used.
    attachments: attachments.forRequest(config.PUBLIC_URL ?? origin),
    organizationSettings,
    operationLimits,
    webhookSettings,
  });
  const realtime = attachRealtime({
    httpServer,
    schema,
    deps: contextDependencies,
    // The origin as Express's req.protocol sees it (no trust proxy): https only on a TLS socket.
    servicesFor: (req) => servicesFor(`${req.socket instanceof TLSSocket ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`),
    listener: events,
    operationLimits,
    limits: {
      maxPendingEvents: config.SUBSCRIPTION_MAX_PENDING_EVENTS,
      maxBufferedBytes: config.SUBSCRIPTION_MAX_BUFFERED_BYTES,
      maxSubscriptionsPerConnection: config.SUBSCRIPTION_MAX_PER_CONNECTION,
      maxMessageBytes: config.LIMIT_MAX_BODY_BYTES,
    },
    trustedDocuments,
    trustedDocumentsOnly: config.TRUSTED_DOCUMENTS_ONLY === 'true',
    production,
    logger,
  });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    // main.ts owns SIGTERM/SIGINT (drain, then the pool, then the embedded PostgreSQL); Apollo's
    // own handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    ...apolloLimitOptions(operationLimits),
    // APQ for JWT callers, in a bounded cache (API keys never register: trustedDocumentsMiddleware).
    persistedQueries: {
      cache: new InMemoryLRUCache<string>({ maxSize: Math.max(1, config.APQ_CACHE_MAX_BYTES) }),
      ttl: config.APQ_TTL_SECONDS,
    },
    formatError: (formatted, error) =>
      formatError(formatted, error, { production, logError: (err) => logger.error({ err }, 'internal error in request') }),
    plugins: [
      // On stop: no new connections, idle ones closed, in-flight requests finish (up to SHUTDOWN_TIMEOUT_MS).
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.SHUTDOWN_TIMEOUT_MS }),
      // On stop, WebSocket clients are told the server goes away (1001) and reconnect to another process.
      { serverWillStart: async () => ({ drainServer: () => realtime.dispose() }) },
      // Every response is per-tenant and private; cache hints would only cost a hook per field.
      ApolloServerPluginCacheControlDisabled(),
      // Before the request transaction plugin: an operation over a limit is refused in
      // didResolveOperation, before execution opens its transaction; so is one over its rate limit.
      refuseSubscriptionsOverHttp(),
      operationLimitsPlugin(operationLimits, rateLimiter),
      inputTextPlugin(),
      // Idempotency-Key: answers a replay in responseForOperation, before execution.
      idempotencyPlugin(logger),
      requestTransactionPlugin(logger),
      observability.apolloPlugin,
      landingPagePlugin({ production, demo: options.sandboxDemo }),
    ],
  });
  await apollo.start();
  // Listening before the port opens: a subscription never starts without its events.
  await events.start();

  app.disable('x-powered-by');
  app.use(observability.middleware);
  // /health: the name the design documents use; /healthz: ours (and Kubernetes' habit).
  app.get(['/healthz', '/health'], (_req, res) => {
    res.json({ status: 'ok' });
  });
  let stopping = false;
  app.get('/readyz', async (_req, res) => {
    if (stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await database.pool.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  // Attachment bytes for the local store: signed, expiring links that createAttachmentUpload and
  // Attachment.downloadUrl hand out (no Authorization header: the token in the path is the grant).
  app.use('/files', attachmentFileRoutes({ database, attachments, logger, requestTimeoutMs: config.REQUEST_TIMEOUT_MS }));
  // CSV exports (README "CSV import and export"): the GraphQL request's door (token or API key,
  // X-Organization-Id, membership, role matrix, RLS), streamed from one tenant transaction.
  app.use(
    '/export',
    cors({ methods: ['GET'], allowedHeaders: ['authorization', 'x-organization-id'], exposedHeaders: ['content-disposition'] }),
    exportRoutes({
      schema,
      logger,
      // Its own deadline: 100,000 contacts took 17 s to stream on a loaded 2-core box (bench/README "CSV import").
      contextFor: (req) =>
        createContext(
          { ...contextDependencies, limits: { ...limits, requestTimeoutMs: config.EXPORT_TIMEOUT_MS } },
          req.headers,
          servicesFor(`${req.protocol}://${req.get('host')}`),
        ),
    }),
  );
  // Organization logos, public and cacheable: no token, no organization (README "Organization logos").
  app.use(PUBLIC_IMAGES_PATH, publicImageRoutes({ database, store: attachments.store, logger }));
  app.use(
    '/graphql',
    // Browsers may send their own X-Request-Id, and read the one answered (to quote in a bug report).
    cors({
      allowedHeaders: ['content-type', 'authorization', 'x-organization-id', 'apollo-require-preflight', 'x-request-id', 'idempotency-key'],
      // A browser client reads the Bearer challenge of a 401 (invalid_token: sign in again),
      // Retry-After of a 429 (RATE_LIMITED, TOO_MANY_CONCURRENT_REQUESTS) or of a 409
      // (IDEMPOTENCY_KEY_IN_USE), and whether an answer was replayed for its Idempotency-Key.
      exposedHeaders: ['x-request-id', 'www-authenticate', 'retry-after', 'idempotent-replayed'],
    }),
    express.json({ limit: config.LIMIT_MAX_BODY_BYTES }),
    jsonBodyErrors(maxBodySize),
    trustedDocumentsMiddleware({
      trusted: trustedDocuments,
      trustedDocumentsOnly: config.TRUSTED_DOCUMENTS_ONLY === 'true',
      organizationDocuments: organizationDocuments(database.pool),
      logger,
    }),
    expressMiddleware(apollo, {
      context: ({ req }) => createContext(contextDependencies, req.headers, servicesFor(`${req.protocol}://${req.get('host')}`)),
    }),
  );

  return {
    httpServer,
    metricsServer: observability.metricsServer,
    realtime,
    events,
    listen: async (port, host) => {
      await observability.listen(host);
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    markStopping: () => {
      stopping = true;
    },
    stop: async () => {
      await Promise.all([apollo.stop(), observability.stop()]);
      // After the sockets closed: their subscriptions no longer listen.
      await events.stop();
      // After Apollo drained: the last requests' key uses are written before the pool closes.
      await apiKeyUsage.stop();
      await rateLimiter?.close();
    },
  };
}
