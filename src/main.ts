import cluster from 'node:cluster';
import { signAccessToken } from './auth/jwt.js';
import { runWorker, runWorkers } from './cluster.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { loadDotEnv } from './env-file.js';
import { createDatabase } from './db/client.js';
import { assertRlsBoundRole, developmentJwtSecret, resolveDatabase } from './db/bootstrap.js';
import { DEMO_OWNER, seedDemoOrganization } from './seed/demo.js';
import { createLogger } from './observability/logger.js';
import { tracingRequested, tracingStarted } from './observability/tracing-control.js';
import type { JobWorker } from './jobs/worker.js';
import type { Logger } from 'pino';

async function main() {
  loadDotEnv();
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
  let generatedSecret = false;
  if (!config.AUTH_JWT_SECRET && !config.AUTH_JWKS_URL) {
    config = { ...config, AUTH_JWT_SECRET: developmentJwtSecret(config.EMBEDDED_POSTGRES_DIR) };
    generatedSecret = true;
  }
  // A cluster worker (WEB_CONCURRENCY > 1) serves what the primary prepared below.
  if (cluster.isWorker) return runWorker(config, logger);

  if (tracingRequested(process.env) && !tracingStarted()) {
    logger.warn(
      'OTEL_EXPORTER_OTLP_ENDPOINT is set but tracing is off: start with --import ./dist/src/observability/tracing.js (npm start does)',
    );
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
  const seed = config.SEED_DEMO_DATA ? config.SEED_DEMO_DATA === 'true' : target.embedded !== null;
  // The owner connection lets the seed flag a demo platform-staff user to write the catalog;
  // never in production, where only `npm run platform-admin` makes platform administrators.
  const ownerUrl = config.NODE_ENV === 'production' ? null : target.ownerUrl;
  const demo = seed ? await seedDemo(target.appUrl, ownerUrl) : null;
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

  // The job worker runs in this (primary) process unless WORKER_IN_PROCESS=false; it stops
  // after the API has drained, before the embedded PostgreSQL does.
  const jobWorker = await startInProcessWorker(config, target.appUrl, target.workerUrl, logger);
  const afterStop = async () => {
    await jobWorker?.stop().catch((error: unknown) => logger.error({ err: error }, 'the job worker did not stop cleanly'));
    await stopEmbedded();
  };

  // The one-time work is done: serve here, or in WEB_CONCURRENCY workers sharing the port.
  let port: number;
  if (config.WEB_CONCURRENCY > 1) {
    port = await runWorkers({ config, setup: { appUrl: target.appUrl, sandboxDemo }, logger, afterStop });
  } else {
    // Imported only in a process that serves: a cluster's primary never does (36 MB of RSS).
    const { serve } = await import('./serve.js');
    ({ port } = await serve({ config, appUrl: target.appUrl, logger, sandboxDemo, afterStop }));
  }

  const url = `http://localhost:${port}/graphql`;
  console.log(`\nClientFlow API ready at ${url}  (health: /healthz, readiness: /readyz)`);
  if (config.WEB_CONCURRENCY > 1) console.log(`${config.WEB_CONCURRENCY} API processes (WEB_CONCURRENCY), primary pid ${process.pid}`);
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
}

async function startInProcessWorker(config: Config, appUrl: string, workerUrl: string | null, logger: Logger): Promise<JobWorker | null> {
  if (config.WORKER_IN_PROCESS === 'false') return null;
  if (!workerUrl) {
    logger.warn(
      'no job worker in this process: WORKER_DATABASE_URL is not set, so webhooks and e-mails wait in the queue until a worker runs (README "Jobs")',
    );
    return null;
  }
  const { startJobWorker } = await import('./jobs/worker.js');
  return startJobWorker({ config, appUrl, workerUrl, logger });
}

/** The demo organization, seeded on a connection of its own (each API process opens its own pool). */
async function seedDemo(appUrl: string, ownerUrl: string | null) {
  const database = createDatabase(appUrl);
  try {
    return await seedDemoOrganization(database.prisma, { ownerUrl });
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
