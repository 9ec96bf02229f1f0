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
    logger.warn('OTEL_EXPORTER_OTLP_ENDPOINT is set but tracing is off: start with --import ./src/observability/tracing.ts (npm start does)');
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
  const database = createDatabase(target.appUrl, { poolSize: config.DATABASE_POOL_SIZE });
  const seed = config.SEED_DEMO_DATA ? config.SEED_DEMO_DATA === 'true' : target.embedded !== null;
  // The owner connection lets the seed flag a demo platform-staff user to write the catalog;
  // never in production, where only `npm run platform-admin` makes platform administrators.
  const ownerUrl = config.NODE_ENV === 'production' ? null : target.ownerUrl;
  const demo = seed ? await seedDemoOrganization(database.prisma, { ownerUrl }) : null;
  if (demo?.created) logger.info({ orgId: demo.orgId }, 'seeded the demo organization');

  const server = await createServer({ config, database, logger });
  const port = await server.listen(config.PORT, config.HOST);

  const url = `http://localhost:${port}/graphql`;
  console.log(`\nClientFlow API ready at ${url}  (health: /healthz, readiness: /readyz)`);
  if (target.embedded) console.log(`Embedded PostgreSQL on 127.0.0.1:${target.embedded.port}, data in ${config.EMBEDDED_POSTGRES_DIR}`);
  if (demo && config.AUTH_JWT_SECRET && (generatedSecret || config.NODE_ENV !== 'production')) {
    const token = await signAccessToken(config.AUTH_JWT_SECRET, DEMO_OWNER, {
      expiresIn: '7d',
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
    });
    console.log(`\nDemo organization id: ${demo.orgId}   (you are ${DEMO_OWNER.name}, OWNER; valid 7 days)`);
    console.log(`Demo token:\n${token}\n`);
    console.log('Headers for Apollo Sandbox (open the URL above, paste into "Headers"):');
    console.log(JSON.stringify({ Authorization: `Bearer ${token}`, 'X-Organization-Id': demo.orgId }, null, 2));
    console.log('');
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.stop();
    await database.close();
    await stopEmbedded();
    await flushTracing();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
