/**
 * Where e-mails go: an SMTP server (nodemailer, from SMTP_URL; required in production), or,
 * outside production without SMTP_URL, the log (recipient, subject, Message-ID: never the body).
 */
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../config.js';

/** One message, fully rendered, as the outbox row holds it. */
export interface OutgoingEmail {
  /** The Message-ID header, with its angle brackets: the same on every attempt, so receivers can drop a repeat. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

export interface EmailTransport {
  readonly kind: 'smtp' | 'log';
  /** Resolves once the server accepted the message; rejects with an EmailSendError otherwise. */
  send(email: OutgoingEmail): Promise<void>;
  close(): Promise<void>;
}

/**
 * A failed send. `permanent`: the server refused the message itself (an SMTP 5xx reply), so
 * sending it again cannot help; everything else (4xx replies, connection errors, timeouts) is
 * worth a retry. `message` is short and carries no credential (see describeSmtpError).
 */
export class EmailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'EmailSendError';
  }
}

/** The timeouts of one SMTP conversation; their sum stays far below the outbox's claim lease (outbox.ts). */
export const SMTP_TIMEOUTS_MS = { connection: 15_000, greeting: 15_000, socket: 60_000, dns: 15_000 } as const;

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

/**
 * What is recorded of an SMTP failure in last_error and the log: the reply code, the command and
 * the server's reply text, cut short. Never the URL or the AUTH exchange (nodemailer's own
 * messages for EAUTH can quote the server's challenge; only its code is kept then).
 */
export function describeSmtpError(error: unknown): { message: string; permanent: boolean } {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SmtpFailure;
  const responseCode = typeof failure.responseCode === 'number' ? failure.responseCode : undefined;
  const permanent = responseCode !== undefined && responseCode >= 500 && responseCode < 600 && failure.code !== 'EAUTH';
  let message: string;
  if (failure.code === 'EAUTH') message = `SMTP authentication failed${responseCode ? ` (${responseCode})` : ''}`;
  else if (responseCode !== undefined) {
    const reply = (failure.response ?? '').replace(/\s+/g, ' ').trim();
    message = `SMTP ${failure.command ?? 'reply'} ${responseCode}: ${reply}`;
  } else if (failure.code) message = `SMTP ${failure.code}: ${failure.message ?? 'connection failed'}`;
  else message = failure.message ?? 'sending failed';
  return { message: message.slice(0, 500), permanent };
}

/** The address of EMAIL_FROM ("Name <a@b.example>" → a@b.example). */
export function fromAddress(from: string): string {
  const match = /<([^<>]+)>\s*$/.exec(from);
  return (match ? match[1]! : from).trim();
}

/** The domain Message-IDs are made in: EMAIL_FROM's. */
export const messageIdDomain = (config: Pick<Config, 'EMAIL_FROM'>) => fromAddress(config.EMAIL_FROM).split('@').pop()!.toLowerCase();

/** The transport the configuration asks for: SMTP with SMTP_URL, else (never in production: config.ts) the log. */
export function createEmailTransport(config: Pick<Config, 'SMTP_URL' | 'EMAIL_FROM' | 'NODE_ENV'>, logger: Logger): EmailTransport {
  if (config.SMTP_URL) return smtpTransport(config.SMTP_URL, config.EMAIL_FROM);
  if (config.NODE_ENV === 'production') throw new Error('SMTP_URL is required in production');
  return logTransport(logger);
}

function smtpTransport(url: string, from: string): EmailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: SMTP_TIMEOUTS_MS.connection,
    greetingTimeout: SMTP_TIMEOUTS_MS.greeting,
    socketTimeout: SMTP_TIMEOUTS_MS.socket,
    dnsTimeout: SMTP_TIMEOUTS_MS.dns,
    // nodemailer's own logger would print the SMTP conversation (with AUTH): off.
    logger: false,
    debug: false,
  });
  return {
    kind: 'smtp',
    async send(email) {
      try {
        await transporter.sendMail({
          from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          ...(email.html ? { html: email.html } : {}),
          messageId: email.messageId,
        });
      } catch (error) {
        const { message, permanent } = describeSmtpError(error);
        throw new EmailSendError(message, permanent);
      }
    },
    async close() {
      transporter.close();
    },
  };
}

function logTransport(logger: Logger): EmailTransport {
  return {
    kind: 'log',
    async send(email) {
      logger.info({ email: { to: email.to, subject: email.subject, messageId: email.messageId } }, 'e-mail (log transport, not sent)');
    },
    async close() {},
  };
}
