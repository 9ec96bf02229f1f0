import { signAccessToken } from './auth/jwt.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createDatabase } from './db/client.js';
import { assertRlsBoundRole, developmentJwtSecret, resolveDatabase } from './db/bootstrap.js';
import { DEMO_OWNER, seedDemoOrganization } from './seed/demo.js';
import { createLogger } from './observability/logger.js';
import { flushTracing, tracingRequested, tracingStarted } from './observability/tracing-control.js';
import { createServer } from './server.js';

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.LOG_LEVEL });
  if (tracingRequested(process.env) && !tracingStarted()) {
    logger.warn(
      'OTEL_EXPORTER_OTLP_ENDPOINT is set but tracing is off: start with --import ./dist/src/observability/tracing.js (npm start does)',
    );
  }
  let generatedSecret = false;
  if (!config.AUTH_JWT_SECRET && !config.AUTH_JWKS_URL) {
    config = { ...config, AUTH_JWT_SECRET: developmentJwtSecret(config.EMBEDDED_POSTGRES_DIR) };
    generatedSecret = true;
  }

  const target = await resolveDatabase(config, (line) => logger.info(line));
  const stopEmbedded = async () => target.embedded?.stop();
  try {
    await assertRlsBoundRole(target.appUrl);
  } catch (error) {
    console.error((error as Error).message);
    await stopEmbedded();
    process.exit(1);
  }
  const database = createDatabase(target.appUrl, {
    poolSize: config.DATABASE_POOL_SIZE,
    onIdleClientError: (error) => logger.warn({ err: error }, 'an idle database connection was closed by the server'),
  });
  const seed = config.SEED_DEMO_DATA ? config.SEED_DEMO_DATA === 'true' : target.embedded !== null;
  // The owner connection lets the seed flag a demo platform-staff user to write the catalog;
  // never in production, where only `npm run platform-admin` makes platform administrators.
  const ownerUrl = config.NODE_ENV === 'production' ? null : target.ownerUrl;
  const demo = seed ? await seedDemoOrganization(database.prisma, { ownerUrl }) : null;
  if (demo?.created) logger.info({ orgId: demo.orgId }, 'seeded the demo organization');

  // The demo owner's token, printed below; outside production also prefilled in the Sandbox.
  const demoToken =
    demo && config.AUTH_JWT_SECRET && (generatedSecret || config.NODE_ENV !== 'production')
      ? await signAccessToken(config.AUTH_JWT_SECRET, DEMO_OWNER, {
          // Valid as long as tokens may live at all (AUTH_MAX_TOKEN_AGE_SECONDS); restart for a new one.
          expiresIn: `${config.AUTH_MAX_TOKEN_AGE_SECONDS}s`,
          issuer: config.AUTH_ISSUER,
          audience: config.AUTH_AUDIENCE,
        })
      : null;
  const sandboxDemo = demo && demoToken && config.NODE_ENV !== 'production' ? { token: demoToken, organizationId: demo.orgId } : null;

  const server = await createServer({ config, database, logger, sandboxDemo });
  const port = await server.listen(config.PORT, config.HOST);

  const url = `http://localhost:${port}/graphql`;
  console.log(`\nClientFlow API ready at ${url}  (health: /healthz, readiness: /readyz)`);
  if (target.embedded) console.log(`Embedded PostgreSQL on 127.0.0.1:${target.embedded.port}, data in ${config.EMBEDDED_POSTGRES_DIR}`);
  if (demo && demoToken) {
    const hours = Math.round(config.AUTH_MAX_TOKEN_AGE_SECONDS / 360) / 10;
    console.log(`\nDemo organization id: ${demo.orgId}   (you are ${DEMO_OWNER.name}, OWNER; valid ${hours} hours)`);
    console.log(`Demo token:\n${demoToken}\n`);
    console.log(
      sandboxDemo
        ? 'Apollo Sandbox (the URL above) opens with these headers filled in and the demo operations loaded:'
        : 'Headers for your GraphQL client:',
    );
    console.log(JSON.stringify({ Authorization: `Bearer ${demoToken}`, 'X-Organization-Id': demo.orgId }, null, 2));
    console.log('');
  }

  // SIGTERM (what a container runtime sends) or SIGINT: stop accepting, let in-flight requests
  // finish (SHUTDOWN_TIMEOUT_MS at most), close the pool, then stop the embedded PostgreSQL.
  // The same signal often arrives twice (npm forwards it to us, and Ctrl-C reaches the whole
  // process group), so a repeat changes nothing; a hard deadline guarantees the process ends.
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutting down: draining in-flight requests');
    const hardStop = setTimeout(() => {
      logger.error('shutdown took too long: stopping anyway');
      void stopEmbedded().finally(() => process.exit(1));
    }, config.SHUTDOWN_TIMEOUT_MS + 5_000);
    let code = 0;
    try {
      // A request already written to a kept-alive connection but not yet read would be lost
      // when the drain closes "idle" connections: keep serving for SHUTDOWN_SETTLE_MS while
      // readiness says stopping (0 when nothing is connected). Measured: without it the SIGTERM
      // test lost a request sent just before the signal in 2 of 6 runs under load.
      server.markStopping();
      const connections = await new Promise<number>((done) => server.httpServer.getConnections((error, count) => done(error ? 0 : count)));
      if (connections > 0) await new Promise((done) => setTimeout(done, config.SHUTDOWN_SETTLE_MS));
      await server.stop();
      await database.close();
    } catch (error) {
      logger.error({ err: error }, 'shutdown did not complete cleanly');
      code = 1;
    }
    await stopEmbedded();
    await flushTracing();
    clearTimeout(hardStop);
    logger.info('stopped');
    process.exit(code);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
