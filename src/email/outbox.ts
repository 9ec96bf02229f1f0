/**
 * The e-mail outbox: queueEmail renders an e-mail and inserts it as a QUEUED row in the caller's
 * transaction (so a rolled-back change sends nothing, and a committed one is never lost: the job
 * queue enqueues a job per inserted row); sendQueuedEmail, run by that job, sends it once.
 *
 * How a crash neither loses an e-mail nor sends it twice in the ordinary case (README "Email"):
 * 1. Claim (one short transaction, the row locked FOR UPDATE so two senders take turns): a
 *    SENT or FAILED row is left alone (a SENT row is never sent again; sql/83_email.sql refuses to
 *    change it), a QUEUED row becomes SENDING with attempts + 1 and claimed_at = now(). A SENDING
 *    row claimed less than CLAIM_LEASE_MS ago belongs to another attempt that may still be
 *    talking to the SMTP server: this attempt throws EmailBusyError and the queue retries later.
 *    The SMTP timeouts (transport.ts) end every conversation well inside the lease.
 * 2. Send, outside any transaction (no connection is held while the SMTP server answers).
 * 3. Finish (one short transaction, only if the claim is still ours: same claimed_at): SENT with
 *    sent_at, or back to QUEUED with last_error and throw (the queue retries), or FAILED at the
 *    last attempt or on a permanent refusal (an SMTP 5xx).
 * A SENDING row older than the lease was left by a crash between 1 and 3: the message may or may
 * not have been delivered. It is sent again with the same Message-ID (made when queued, stored
 * in the row), which receivers use to drop a repeat: losing an e-mail is worse than a repeat
 * that carries the same id. That window (the server accepted, the process died before step 3
 * committed) is the only way a message goes out twice.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { TransactionClient } from '../db/request-transaction.js';
import { withTenant } from '../db/tenant.js';
import { badInput } from '../schema/errors.js';
import { renderEmail } from './templates.js';
import { describeSmtpError, EmailSendError, type EmailTransport } from './transport.js';

/** How long a claim keeps other attempts away; far longer than one SMTP conversation may take (SMTP_TIMEOUTS_MS). */
export const CLAIM_LEASE_MS = 10 * 60_000;

/** The domain of Message-IDs when the caller names none (the default EMAIL_FROM's). */
export const DEFAULT_MESSAGE_ID_DOMAIN = 'clientflow.localhost';

/** Thrown when another attempt holds a fresh claim on the e-mail: retry later. */
export class EmailBusyError extends Error {
  constructor(emailId: string) {
    super(`e-mail ${emailId} is being sent by another attempt (claimed less than ${CLAIM_LEASE_MS / 60_000} minutes ago)`);
    this.name = 'EmailBusyError';
  }
}

const recipient = z.email().max(254);

export interface QueueEmail {
  orgId: string;
  to: string;
  template: string;
  variables: Record<string, unknown>;
  automationRunId?: string;
  eventId?: string;
  /** The domain of the Message-ID (messageIdDomain(config): EMAIL_FROM's); default DEFAULT_MESSAGE_ID_DOMAIN. */
  messageIdDomain?: string;
}

/**
 * Renders `template` and inserts a QUEUED row; returns its id. The caller has entered the tenant
 * (`orgId` must be the transaction's organization: RLS refuses another). A bad address, template
 * or variables is BAD_USER_INPUT naming the field, and nothing is inserted.
 */
export async function queueEmail(tx: TransactionClient, email: QueueEmail): Promise<string> {
  const to = recipient.safeParse(email.to.trim());
  if (!to.success) throw badInput('to must be one e-mail address', 'to');
  const rendered = renderEmail(email.template, email.variables);
  const id = randomUUID();
  const domain = email.messageIdDomain ?? DEFAULT_MESSAGE_ID_DOMAIN;
  await tx.emailOutbox.create({
    data: {
      id,
      orgId: email.orgId,
      toAddress: to.data,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      template: email.template,
      messageId: `<${id}@${domain}>`,
      automationRunId: email.automationRunId ?? null,
      eventId: email.eventId ?? null,
    },
    select: { id: true },
  });
  return id;
}

export interface SendQueuedEmailDeps {
  prisma: PrismaClient;
  transport: EmailTransport;
  logger: Logger;
}

export interface SendQueuedEmailJob {
  orgId: string;
  emailId: string;
  /** This run's attempt, counted by the queue from 1 (crashed runs count too). */
  attempt: number;
  maxAttempts: number;
}

interface ClaimedRow {
  status: 'QUEUED' | 'SENDING' | 'SENT' | 'FAILED';
  attempts: number;
  claimed_at: Date | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  message_id: string;
  now: Date;
}

type Claim =
  | { kind: 'missing' }
  | { kind: 'final'; status: 'SENT' | 'FAILED' }
  | { kind: 'busy' }
  | { kind: 'claimed'; row: ClaimedRow; claimedAt: Date; attempts: number; interrupted: boolean };

/**
 * Sends one queued e-mail (see the top of this file). Resolves when the e-mail is SENT, was
 * already SENT or FAILED, no longer exists, or has just FAILED for good; throws for the queue to
 * retry (a transient failure before the last attempt, or another attempt's fresh claim).
 */
export async function sendQueuedEmail(deps: SendQueuedEmailDeps, job: SendQueuedEmailJob): Promise<void> {
  const { prisma, transport, logger } = deps;
  const where = { orgId: job.orgId, emailId: job.emailId, attempt: job.attempt };
  const claim = await withTenant(prisma, { orgId: job.orgId }, async (tx): Promise<Claim> => {
    const [row] = await tx.$queryRaw<ClaimedRow[]>`
      SELECT status::text AS status, attempts, claimed_at, to_address, subject, text_body, html_body, message_id,
             now() AS now
        FROM email_outbox
       WHERE org_id = ${job.orgId}::uuid AND id = ${job.emailId}::uuid
         FOR UPDATE`;
    if (!row) return { kind: 'missing' };
    if (row.status === 'SENT' || row.status === 'FAILED') return { kind: 'final', status: row.status };
    const interrupted = row.status === 'SENDING';
    if (interrupted && row.claimed_at && row.now.getTime() - row.claimed_at.getTime() < CLAIM_LEASE_MS) return { kind: 'busy' };
    const [claimed] = await tx.$queryRaw<{ claimed_at: Date; attempts: number }[]>`
      UPDATE email_outbox
         SET status = 'SENDING', attempts = attempts + 1, claimed_at = clock_timestamp(), updated_at = now(),
             last_error = CASE WHEN ${interrupted} THEN 'an earlier attempt stopped before it finished; sent again with the same Message-ID'
                               ELSE last_error END
       WHERE org_id = ${job.orgId}::uuid AND id = ${job.emailId}::uuid
       RETURNING claimed_at, attempts`;
    return { kind: 'claimed', row, claimedAt: claimed!.claimed_at, attempts: claimed!.attempts, interrupted };
  });

  switch (claim.kind) {
    case 'missing':
      logger.warn({ email: where }, 'e-mail not found in the outbox; nothing to send');
      return;
    case 'final':
      logger.info({ email: { ...where, status: claim.status } }, 'e-mail already finished; not sent again');
      return;
    case 'busy':
      throw new EmailBusyError(job.emailId);
    case 'claimed':
      break;
  }

  const { row, claimedAt } = claim;
  if (claim.interrupted)
    logger.warn({ email: where }, 'e-mail left SENDING by an interrupted attempt; sending it again with the same Message-ID');
  let failure: { message: string; permanent: boolean } | null = null;
  try {
    await transport.send({
      messageId: row.message_id,
      to: row.to_address,
      subject: row.subject,
      text: row.text_body,
      html: row.html_body,
    });
  } catch (error) {
    failure = error instanceof EmailSendError ? { message: error.message, permanent: error.permanent } : describeSmtpError(error);
  }

  const final = failure !== null && (failure.permanent || job.attempt >= job.maxAttempts);
  const status = failure === null ? 'SENT' : final ? 'FAILED' : 'QUEUED';
  const updated = await withTenant(prisma, { orgId: job.orgId }, (tx) =>
    tx.emailOutbox.updateMany({
      where: { orgId: job.orgId, id: job.emailId, status: 'SENDING', claimedAt },
      data: failure === null ? { status, sentAt: new Date() } : { status, lastError: failure.message },
    }),
  );
  if (updated.count === 0) {
    // The lease ran out and another attempt took the row over: it records the outcome.
    logger.warn({ email: { ...where, outcome: status } }, 'e-mail claim was taken over by another attempt; outcome not recorded');
  }

  if (failure === null) {
    logger.info({ email: { ...where, messageId: row.message_id } }, 'e-mail sent');
    return;
  }
  const details = { email: { ...where, attempts: claim.attempts, maxAttempts: job.maxAttempts, error: failure.message } };
  if (final) {
    logger.error(details, failure.permanent ? 'e-mail refused for good; marked FAILED' : 'e-mail failed its last attempt; marked FAILED');
    return;
  }
  logger.warn(details, 'e-mail not sent; the queue retries it');
  throw new EmailSendError(failure.message, false);
}
