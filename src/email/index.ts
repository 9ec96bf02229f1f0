/**
 * E-mail (issue 13): typed templates, the outbox (queueEmail in the caller's transaction,
 * sendQueuedEmail from a job) and the transports (SMTP or, in development, the log).
 */
export {
  EMAIL_TEMPLATES,
  EMAIL_TEMPLATE_KEYS,
  emailTemplatesFor,
  renderEmail,
  type EmailTemplateKey,
  type RenderedEmail,
} from './templates.js';
export {
  CLAIM_LEASE_MS,
  EmailBusyError,
  queueEmail,
  sendQueuedEmail,
  type QueueEmail,
  type SendQueuedEmailDeps,
  type SendQueuedEmailJob,
} from './outbox.js';
export { createEmailTransport, EmailSendError, messageIdDomain, type EmailTransport, type OutgoingEmail } from './transport.js';
