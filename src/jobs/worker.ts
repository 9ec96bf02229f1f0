/**
 * A job worker (README "Jobs"): graphile-worker polling the queue as the queue's role
 * (WORKER_DATABASE_URL, IN ROLE clientflow_worker), woken at once by its LISTEN on new jobs, and
 * running each task against the database through a pool of the API's RLS-bound role. Any number
 * of workers (in `npm start`'s primary process, `npm run worker`, several machines) share the
 * queue: a job is locked by the one that takes it, and a cron slot runs once among them all.
 */
import { run, type Runner } from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createDatabase } from '../db/client.js';
import { createEmailTransport, messageIdDomain } from '../email/index.js';
import { createAttachmentStore } from '../modules/attachment/store-factory.js';
import { workerLogger } from './logger.js';
import { JOB_QUEUE_SCHEMA } from './schema.js';
import { createTaskList } from './tasks.js';

export interface JobWorker {
  /** Stops taking jobs, waits for the running ones, then closes its connections. */
  stop(): Promise<void>;
}

// The scheduler every minute (graphile-worker runs each slot once among all workers, and backfills
// up to 5 minutes missed while no worker ran); the purge at 04:15 UTC, a quiet hour for most of
// our organizations' time zones; deleted attachments' bytes at 04:30 and deleted organizations at
// 04:45; marketplace expiry hourly at :07 (access already ends at expires_at, the job only brings
// the status in line), catching up on a missed hour.
const CRONTAB = [
  '* * * * * schedule_automations ?fill=5m',
  '15 4 * * * purge_events',
  '30 4 * * * purge_deleted_attachments',
  '45 4 * * * purge_deleted_organizations',
  '7 * * * * expire_purchases ?fill=1h',
].join('\n');

export async function startJobWorker(options: { config: Config; appUrl: string; workerUrl: string; logger: Logger }): Promise<JobWorker> {
  const { config, logger } = options;
  // A task holds at most one connection at a time; one more for the purge running beside them.
  const database = createDatabase(options.appUrl, {
    poolSize: config.WORKER_CONCURRENCY + 1,
    onIdleClientError: (error) => logger.warn({ err: error }, 'an idle worker database connection was closed by the server'),
  });
  // The queue's own pool, made here so that an idle connection PostgreSQL ends (a restart, the
  // embedded cluster stopping first on Ctrl-C) is logged, not an unhandled 'error' that ends the
  // process: graphile-worker's pool from a connection string listens for none (measured: the
  // SIGTERM test exited 1 in 3 runs of 4 before).
  const queuePool = new pg.Pool({
    connectionString: options.workerUrl,
    max: config.WORKER_CONCURRENCY + 2,
    application_name: 'clientflow-worker',
  });
  queuePool.on('error', (error) => logger.warn({ err: error }, 'an idle job queue connection was closed by the server'));
  const emailTransport = createEmailTransport(config, logger);
  const attachmentStore = await createAttachmentStore(config);
  let runner: Runner;
  try {
    runner = await run({
      pgPool: queuePool,
      schema: JOB_QUEUE_SCHEMA,
      concurrency: config.WORKER_CONCURRENCY,
      // Our processes own SIGTERM/SIGINT (src/serve.ts, src/worker-main.ts) and stop the runner.
      noHandleSignals: true,
      // New jobs arrive by LISTEN/NOTIFY; polling only picks up retries whose time has come.
      pollInterval: 2_000,
      logger: workerLogger(logger),
      crontab: CRONTAB,
      taskList: createTaskList({
        prisma: database.prisma,
        logger,
        emailTransport,
        allowPrivateWebhookUrls: config.WEBHOOK_ALLOW_PRIVATE_URLS,
        eventRetentionDays: config.EVENT_RETENTION_DAYS,
        attachmentRetentionDays: config.ATTACHMENT_RETENTION_DAYS,
        attachmentStore,
        messageIdDomain: messageIdDomain(config),
        importTimeouts: { timeoutMs: config.IMPORT_TIMEOUT_MS, statementTimeoutMs: config.IMPORT_STATEMENT_TIMEOUT_MS },
      }),
    });
  } catch (error) {
    await emailTransport.close();
    await queuePool.end();
    await database.close();
    throw error;
  }
  logger.info({ concurrency: config.WORKER_CONCURRENCY, emailTransport: emailTransport.kind }, 'job worker started');
  return {
    async stop() {
      await runner.stop();
      await queuePool.end();
      await emailTransport.close();
      await database.close();
    },
  };
}
