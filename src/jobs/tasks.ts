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
import { purgeDeletedAttachment } from '../modules/attachment/purge.js';
import { storageKeyOf, type AttachmentStore } from '../modules/attachment/store.js';
import { expireDuePurchases } from '../modules/marketplace/lifecycle.js';
import { purgeOrganization } from '../modules/organization/purge.js';
import { createWebhookDeliveries, deliverWebhook } from '../modules/webhook/deliveries.js';
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
  /** ATTACHMENT_RETENTION_DAYS. */
  attachmentRetentionDays: number;
  /** Where attachment bytes live (ATTACHMENTS_STORE): the purges delete objects there, CSV imports read their files. */
  attachmentStore: AttachmentStore;
  /** The domain of queued e-mails' Message-IDs (messageIdDomain(config)). */
  messageIdDomain: string;
  /** IMPORT_TIMEOUT_MS and IMPORT_STATEMENT_TIMEOUT_MS. */
  importTimeouts: { timeoutMs: number; statementTimeoutMs: number };
}

const processEventPayload = z.object({ orgId: z.uuid(), eventId: z.uuid() });
const deliverWebhookPayload = z.object({ orgId: z.uuid(), deliveryId: z.uuid() });
const sendEmailPayload = z.object({ orgId: z.uuid(), emailId: z.uuid() });
const runAutomationPayload = z.object({ orgId: z.uuid(), runId: z.uuid() });
const importCsvPayload = z.object({ orgId: z.uuid(), runId: z.uuid() });
const deleteAvatarObjectPayload = z.object({ userId: z.uuid(), avatarId: z.uuid() });
// graphile-worker's cron adds `_cron.ts`, the slot's time; a job added by hand may omit it (now).
const cronPayload = z.object({ _cron: z.object({ ts: z.coerce.date() }).optional() }).loose();

/** graphile-worker counts a job's attempts from 1, this one included. */
const attemptOf = (helpers: JobHelpers) => ({ attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts });

/** Rows purge_events deletes per statement: short transactions, no long lock on the outbox. */
const PURGE_BATCH = 10_000;
/** Deleted attachments listed per round; each is then purged in a transaction of its own. */
const ATTACHMENT_PURGE_BATCH = 500;
/** Deleted organizations listed per round; each is purged in a transaction of its own. */
const ORGANIZATION_PURGE_BATCH = 50;

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

  // Daily (crontab in src/jobs/worker.ts): attachments deleted more than ATTACHMENT_RETENTION_DAYS
  // ago lose their bytes and their row; until then restoreAttachment brings them back whole. The
  // due ones are listed through the queue's connection (the only role that may list across
  // organizations); each is purged under its organization's RLS.
  const purgeDeletedAttachments: Task = async (_payload, helpers) => {
    const before = new Date(Date.now() - deps.attachmentRetentionDays * 86_400_000);
    let purged = 0;
    for (;;) {
      const { rows } = await helpers.withPgClient((client) =>
        client.query<{ org_id: string; id: string }>('SELECT org_id, id FROM app.attachments_due_for_purge($1, $2)', [
          before,
          ATTACHMENT_PURGE_BATCH,
        ]),
      );
      for (const row of rows) {
        if (await purgeDeletedAttachment(prisma, deps.attachmentStore, { orgId: row.org_id, id: row.id }, before)) purged += 1;
      }
      if (rows.length < ATTACHMENT_PURGE_BATCH) break;
    }
    logger.info({ purged, before: before.toISOString() }, 'purged deleted attachments');
  };

  // Daily (crontab in src/jobs/worker.ts): organizations deleted (deleteOrganization) whose
  // purge_after passed, each purged by purgeOrganization (its stored objects, then its rows and
  // audit log in one transaction). Listing and purging cross organizations: the queue's role only.
  const purgeDeletedOrganizations: Task = async (_payload, helpers) => {
    let purged = 0;
    for (;;) {
      const { rows } = await helpers.withPgClient((client) =>
        client.query<{ id: string }>('SELECT id FROM app.organizations_due_for_purge($1)', [ORGANIZATION_PURGE_BATCH]),
      );
      for (const { id } of rows) {
        const result = await purgeOrganization({ prisma, store: deps.attachmentStore, withConnection: helpers.withPgClient }, id);
        if (result.purged) {
          purged += 1;
          logger.info({ orgId: id, objects: result.objects }, 'purged a deleted organization');
        }
      }
      if (rows.length < ORGANIZATION_PURGE_BATCH) break;
    }
    logger.info({ purged }, 'purged deleted organizations');
  };

  // Added by app.set_avatar (sql/88_public_images.sql) in the transaction that replaced or removed
  // an avatar, so it runs only once that change committed: the old avatar's bytes go from the
  // store. Avatar ids are random and never current again once replaced; reads no table.
  const deleteAvatarObject: Task = async (payload) => {
    const { userId, avatarId } = deleteAvatarObjectPayload.parse(payload);
    await deps.attachmentStore.delete(storageKeyOf(userId, avatarId));
  };

  // Hourly (crontab in src/jobs/worker.ts): marketplace purchases past their expires_at become
  // EXPIRED. Access already ends at expires_at (src/modules/marketplace/access.ts); this makes the
  // status say so. The queue's role learns only which organizations have some due
  // (app.organizations_with_due_expiries); each is then changed inside its organization through
  // the API's role, under RLS and audited, one transaction per organization.
  const expirePurchases: Task = async (payload, helpers) => {
    const now = cronPayload.parse(payload)._cron?.ts ?? new Date();
    const orgIds = await helpers.withPgClient(async (client) => {
      const { rows } = await client.query<{ org_id: string }>('SELECT app.organizations_with_due_expiries($1) AS org_id', [now]);
      return rows.map((row) => row.org_id);
    });
    let toolPurchases = 0;
    let bundlePurchases = 0;
    for (const orgId of orgIds) {
      const expired = await withTenant(prisma, { orgId }, (tx) => expireDuePurchases(tx, orgId, now));
      toolPurchases += expired.toolPurchases;
      bundlePurchases += expired.bundlePurchases;
    }
    if (orgIds.length > 0) logger.info({ organizations: orgIds.length, toolPurchases, bundlePurchases }, 'expired marketplace purchases');
  };

  return {
    purge_deleted_organizations: purgeDeletedOrganizations,
    purge_deleted_attachments: purgeDeletedAttachments,
    process_event: processEvent,
    run_automation: runAutomationTask,
    schedule_automations: scheduleAutomationsTask,
    deliver_webhook: deliverWebhookTask,
    send_email: sendEmail,
    purge_events: purgeEvents,
    expire_purchases: expirePurchases,
    import_csv: importCsv,
    delete_avatar_object: deleteAvatarObject,
  };
}
