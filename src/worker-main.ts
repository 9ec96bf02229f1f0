/**
 * `npm run worker`: a job worker alone, beside API processes started with
 * WORKER_IN_PROCESS=false (README "Jobs"). It needs the API's DATABASE_URL (tasks read and write
 * under RLS) and WORKER_DATABASE_URL (the queue); it serves no HTTP.
 */
import { ConfigError, loadConfig, type Config } from './config.js';
import { loadDotEnv } from './env-file.js';
import { startJobWorker } from './jobs/worker.js';
import { createLogger } from './observability/logger.js';

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
  if (!config.DATABASE_URL || !config.WORKER_DATABASE_URL) {
    console.error(
      'npm run worker needs DATABASE_URL (the API role) and WORKER_DATABASE_URL (a role IN ROLE clientflow_worker); `npm start` runs a worker of its own by default (README "Jobs")',
    );
    process.exit(1);
  }
  const logger = createLogger({ level: config.LOG_LEVEL });
  const worker = await startJobWorker({ config, appUrl: config.DATABASE_URL, workerUrl: config.WORKER_DATABASE_URL, logger });

  // SIGTERM or SIGINT: finish the running jobs (graphile-worker waits for them), then exit. A
  // repeat changes nothing; a hard deadline guarantees the process ends.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker shutting down: finishing running jobs');
    const hardStop = setTimeout(() => process.exit(1), config.SHUTDOWN_TIMEOUT_MS + 60_000);
    worker.stop().then(
      () => {
        clearTimeout(hardStop);
        logger.info('worker stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'the worker did not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
