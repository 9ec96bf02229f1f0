import type { Config } from './config.js';
import { createDatabase } from './db/client.js';
import type { SandboxDemo } from './landing-page.js';
import type { Logger } from 'pino';
import { flushTracing } from './observability/tracing-control.js';
import { createServer } from './server.js';

/**
 * One API process: its pool, its server on PORT, and its graceful stop on SIGTERM/SIGINT. The
 * only process with WEB_CONCURRENCY=1; otherwise each cluster worker (src/cluster.ts), which
 * shares the port through the primary.
 */
export async function serve(options: {
  config: Config;
  /** The API's RLS-bound connection (DATABASE_URL, or the embedded database's). */
  appUrl: string;
  logger: Logger;
  sandboxDemo: SandboxDemo | null;
  /** After the pool closed: the embedded PostgreSQL's stop, when this process started it. */
  afterStop?: () => Promise<void>;
}): Promise<{ port: number; shutdown: (reason: string) => Promise<void> }> {
  const { config, logger } = options;
  const afterStop = options.afterStop ?? (async () => {});
  const database = createDatabase(options.appUrl, {
    poolSize: config.DATABASE_POOL_SIZE,
    onIdleClientError: (error) => logger.warn({ err: error }, 'an idle database connection was closed by the server'),
  });
  const server = await createServer({ config, database, logger, sandboxDemo: options.sandboxDemo });
  const port = await server.listen(config.PORT, config.HOST);

  // SIGTERM (what a container runtime sends) or SIGINT: stop accepting, let in-flight requests
  // finish (SHUTDOWN_TIMEOUT_MS at most), close the pool, then stop the embedded PostgreSQL.
  // The same signal often arrives twice (npm forwards it to us, and Ctrl-C reaches the whole
  // process group), so a repeat changes nothing; a hard deadline guarantees the process ends.
  let stopping = false;
  const shutdown = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal: reason, timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutting down: draining in-flight requests');
    const hardStop = setTimeout(() => {
      logger.error('shutdown took too long: stopping anyway');
      void afterStop().finally(() => process.exit(1));
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
    await afterStop();
    await flushTracing();
    clearTimeout(hardStop);
    logger.info('stopped');
    process.exit(code);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
  return { port, shutdown };
}
