/**
 * The job queue's tasks (README "Jobs"). Jobs are added by database triggers in the transaction
 * of the row they are about (sql/80_events.sql, sql/84_job_queue.sql) and carry ids only; each
 * task checks its payload, enters the job's organization and reads the rows under RLS through
 * the API's role. A task that throws is retried with graphile-worker's exponential backoff up to
 * the job's max_attempts; `attempt` tells the last one, which records the failure for good.
 */
import type { JobHelpers, Task, TaskList } from 'graphile-worker';
import type { Logger } from 'pino';
import { z } from 'zod';
import { withTenant } from '../db/tenant.js';
import { sendQueuedEmail, type EmailTransport } from '../email/index.js';
import { loadEvent } from '../events/store.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { createAutomationRuns, runAutomation } from '../modules/automation/runner.js';
import { scheduleAutomations } from '../modules/automation/scheduler.js';
import { createWebhookDeliveries, deliverWebhook } from '../modules/webhook/deliveries.js';
import type { AttachmentStore } from '../modules/attachment/store.js';
import { runImport } from '../modules/import/runner.js';

export interface TaskDependencies {
  /** The API's (RLS-bound) client: a task's statements run in its job's organization. */
  prisma: PrismaClient;
  logger: Logger;
  emailTransport: EmailTransport;
  /** WEBHOOK_ALLOW_PRIVATE_URLS. */
  allowPrivateWebhookUrls: boolean;
  /** EVENT_RETENTION_DAYS. */
  eventRetentionDays: number;
  /** The domain of queued e-mails' Message-IDs (messageIdDomain(config)). */
  messageIdDomain: string;
  /** Where uploaded files are (CSV imports read theirs). */
  attachmentStore: AttachmentStore;
  /** IMPORT_TIMEOUT_MS and IMPORT_STATEMENT_TIMEOUT_MS. */
  importTimeouts: { timeoutMs: number; statementTimeoutMs: number };
}

const processEventPayload = z.object({ orgId: z.uuid(), eventId: z.uuid() });
const deliverWebhookPayload = z.object({ orgId: z.uuid(), deliveryId: z.uuid() });
const sendEmailPayload = z.object({ orgId: z.uuid(), emailId: z.uuid() });
const runAutomationPayload = z.object({ orgId: z.uuid(), runId: z.uuid() });
const importCsvPayload = z.object({ orgId: z.uuid(), runId: z.uuid() });
// graphile-worker's cron adds `_cron.ts`, the slot's time; a job added by hand may omit it (now).
const cronPayload = z.object({ _cron: z.object({ ts: z.coerce.date() }).optional() }).loose();

/** graphile-worker counts a job's attempts from 1, this one included. */
const attemptOf = (helpers: JobHelpers) => ({ attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts });

/** Rows purge_events deletes per statement: short transactions, no long lock on the outbox. */
const PURGE_BATCH = 10_000;

export function createTaskList(deps: TaskDependencies): TaskList {
  const { prisma, logger } = deps;

  // An event's consumers: one webhook delivery per subscribed endpoint and one run per automation
  // it triggers, in one transaction, so a retry after a crash finds what it already wrote (both
  // skip those).
  const processEvent: Task = async (payload) => {
    const { orgId, eventId } = processEventPayload.parse(payload);
    await withTenant(prisma, { orgId }, async (tx) => {
      const event = await loadEvent(tx, orgId, eventId);
      if (!event) return;
      await createWebhookDeliveries(tx, event);
      await createAutomationRuns(tx, event);
    });
  };

  const runAutomationTask: Task = async (payload, helpers) => {
    const { orgId, runId } = runAutomationPayload.parse(payload);
    await runAutomation({ prisma, logger, messageIdDomain: deps.messageIdDomain }, { orgId, runId, ...attemptOf(helpers) });
  };

  const importCsv: Task = async (payload, helpers) => {
    const { orgId, runId } = importCsvPayload.parse(payload);
    await runImport({ prisma, logger, store: deps.attachmentStore, ...deps.importTimeouts }, { orgId, runId, ...attemptOf(helpers) });
  };

  const deliverWebhookTask: Task = async (payload, helpers) => {
    const { orgId, deliveryId } = deliverWebhookPayload.parse(payload);
    await deliverWebhook({ prisma, logger, allowPrivateUrls: deps.allowPrivateWebhookUrls }, { orgId, deliveryId, ...attemptOf(helpers) });
  };

  const sendEmail: Task = async (payload, helpers) => {
    const { orgId, emailId } = sendEmailPayload.parse(payload);
    await sendQueuedEmail({ prisma, transport: deps.emailTransport, logger }, { orgId, emailId, ...attemptOf(helpers) });
  };

  // Every minute (crontab in src/jobs/worker.ts), once among all workers: the SCHEDULE runs due
  // in that minute. Through the queue's own connection: it reads no tenant table.
  const scheduleAutomationsTask: Task = async (payload, helpers) => {
    const at = cronPayload.parse(payload)._cron?.ts ?? new Date();
    const slot = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
    const recorded = await helpers.withPgClient((client) => scheduleAutomations(client, slot));
    if (recorded > 0) logger.info({ slot: slot.toISOString(), runs: recorded }, 'scheduled automation runs');
  };

  // Daily (crontab in src/jobs/worker.ts): events older than EVENT_RETENTION_DAYS. Their effects
  // (deliveries, e-mails, notifications) are rows of their own and stay.
  const purgeEvents: Task = async () => {
    const before = new Date(Date.now() - deps.eventRetentionDays * 86_400_000);
    let total = 0;
    for (;;) {
      const [row] = await prisma.$queryRaw<
        { deleted: number }[]
      >`SELECT app.purge_events(${before}::timestamptz, ${PURGE_BATCH}::int) AS deleted`;
      total += row?.deleted ?? 0;
      if ((row?.deleted ?? 0) < PURGE_BATCH) break;
    }
    logger.info({ deleted: total, before: before.toISOString() }, 'purged old domain events');
  };

  return {
    process_event: processEvent,
    run_automation: runAutomationTask,
    schedule_automations: scheduleAutomationsTask,
    deliver_webhook: deliverWebhookTask,
    send_email: sendEmail,
    purge_events: purgeEvents,
    import_csv: importCsv,
  };
}
