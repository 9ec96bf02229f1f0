import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { Logger } from 'pino';
import { createAccessTokenVerifier } from './auth/jwt.js';
import { applyShield } from './auth/shield.js';
import type { Config } from './config.js';
import { createContext, type Context } from './context/index.js';
import type { Database } from './db/client.js';
import { attachmentFileRoutes, createAttachmentService } from './modules/attachment/index.js';
import { createObservability } from './observability/http.js';
import { withSafeSerializers } from './observability/logger.js';
import { formatError } from './schema/error-mapping.js';
import { buildSchema } from './schema/index.js';
import { pageSizeLimitPlugin } from './schema/page-size.js';

/**
 * Ends each request's transaction once the response is known: commit when the operation has
 * no errors, otherwise roll back. A rolled-back mutation reports data: null, since none of it
 * was kept.
 */
function requestTransactionPlugin(logger: Logger): ApolloServerPlugin<Context> {
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
          try {
            await contextValue.finish(commit);
          } catch (error) {
            logger.error({ err: error }, 'request transaction failed to commit');
            result.data = null;
            result.errors = [{ message: 'The change could not be saved; nothing was written', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
            return;
          }
          if (!commit && operation?.operation === 'mutation') result.data = null;
        },
      };
    },
  };
}

export interface AppServer {
  httpServer: http.Server;
  /** The METRICS_PORT listener, when /metrics is served on its own port. */
  metricsServer: http.Server | null;
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

export async function createServer(options: { config: Config; database: Database; logger: Logger }): Promise<AppServer> {
  const { config, database } = options;
  // Whatever logger the caller built, nothing logged here carries a message, a header or a secret-named value.
  const logger = withSafeSerializers(options.logger);
  const production = config.NODE_ENV === 'production';
  const app = express();
  const httpServer = http.createServer(app);
  const verifyAccessToken = createAccessTokenVerifier(config);
  const attachments = await createAttachmentService(config, logger);
  const observability = createObservability({ config, pool: database.pool, logger });

  const apollo = new ApolloServer<Context>({
    schema: applyShield(buildSchema()),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, { production, logError: (err) => logger.error({ err }, 'internal error in request') }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Every response is per-tenant and private; cache hints would only cost a hook per field.
      ApolloServerPluginCacheControlDisabled(),
      pageSizeLimitPlugin(),
      requestTransactionPlugin(logger),
      observability.apolloPlugin,
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(observability.middleware);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
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
  app.use(
    '/graphql',
    // Browsers may send their own X-Request-Id, and read the one answered (to quote in a bug report).
    cors({ allowedHeaders: ['content-type', 'authorization', 'x-organization-id', 'apollo-require-preflight', 'x-request-id'], exposedHeaders: ['x-request-id'] }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const context = await createContext({ database, verifyAccessToken, requestTimeoutMs: config.REQUEST_TIMEOUT_MS }, req.headers);
        // File links point back at this API: its configured public URL, or the origin the client used.
        context.attachments = attachments.forRequest(config.PUBLIC_URL ?? `${req.protocol}://${req.get('host')}`);
        return context;
      },
    }),
  );

  return {
    httpServer,
    metricsServer: observability.metricsServer,
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
    stop: async () => {
      await Promise.all([apollo.stop(), observability.stop()]);
    },
  };
}
