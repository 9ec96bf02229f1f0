/**
 * The e-mail outbox end to end against a real SMTP server (the `smtp-server` package, on a free
 * loopback port): queueEmail in a tenant transaction, sendQueuedEmail through nodemailer, retries
 * after a refusal, FAILED at the last attempt, a SENT row never sent again, escaping, and the
 * outbox's tenancy (another organization can neither read nor change a row).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { withTenant } from '../../src/db/tenant.js';
import { createEmailTransport, EmailBusyError, EmailSendError, queueEmail, sendQueuedEmail } from '../../src/email/index.js';
import type { EmailTransport } from '../../src/email/transport.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { SmtpCatcher } from '../helpers/smtp-catcher.js';

describe('e-mail outbox', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  const catcher = new SmtpCatcher();
  let transport: EmailTransport;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    app = await startTestApp();
    [org, other] = await Promise.all([createOrganization(app, 'Mailer'), createOrganization(app, 'Other')]);
    await catcher.start();
    transport = createEmailTransport(
      { SMTP_URL: `smtp://127.0.0.1:${catcher.port}`, EMAIL_FROM: 'Mailer CRM <crm@mailer.example>', NODE_ENV: 'test' },
      logger,
    );
  }, 60_000);
  afterAll(async () => {
    await transport?.close();
    await catcher.stop();
    await app?.close();
  });
  beforeEach(() => {
    catcher.received.length = 0;
    catcher.refuse = null;
  });

  const prisma = () => app.database.prisma;
  const queue = (orgId: string, to: string, template: string, variables: Record<string, unknown>) =>
    withTenant(prisma(), { orgId }, (tx) => queueEmail(tx, { orgId, to, template, variables, messageIdDomain: 'mailer.example' }));
  const booking = (title = 'Showing at 12 Elm St') => ({
    recipientName: 'Ada',
    title,
    startsAt: '2026-12-01T15:00:00Z',
    location: '12 Elm St',
    timeZone: 'America/Los_Angeles',
  });
  const row = async (id: string) =>
    (
      await app.owner.query(`SELECT status::text, attempts, last_error, message_id, sent_at, claimed_at FROM email_outbox WHERE id = $1`, [
        id,
      ])
    ).rows[0];
  const send = (orgId: string, emailId: string, attempt = 1, maxAttempts = 3) =>
    sendQueuedEmail({ prisma: prisma(), transport, logger }, { orgId, emailId, attempt, maxAttempts });

  it('queues a rendered row and sends it once, with its Message-ID, the org time zone and both parts', async () => {
    const id = await queue(org.id, 'ada@example.test', 'booking-confirmation', booking());
    const queued = await row(id);
    expect(queued).toMatchObject({ status: 'QUEUED', attempts: 0, message_id: `<${id}@mailer.example>` });

    await send(org.id, id);
    const sent = await row(id);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(sent.sent_at).toBeInstanceOf(Date);
    expect(catcher.received).toHaveLength(1);
    const mail = catcher.received[0]!;
    expect(mail.messageId).toBe(`<${id}@mailer.example>`);
    expect(mail.subject).toBe('Confirmed: Showing at 12 Elm St, Tuesday, December 1, 2026 at 7:00 AM (America/Los_Angeles)');
    expect(mail.from?.text).toContain('crm@mailer.example');
    expect(mail.text).toContain('Where: 12 Elm St');
    expect(mail.html).toContain('<strong>Showing at 12 Elm St</strong>');
  });

  it('a SENT row is never sent again, and the database refuses to move it', async () => {
    const id = await queue(org.id, 'bob@example.test', 'deal-won', { dealName: 'Elm St' });
    await send(org.id, id);
    await send(org.id, id, 2);
    await send(org.id, id, 3);
    expect(catcher.received).toHaveLength(1);
    await expect(app.owner.query(`UPDATE email_outbox SET status = 'QUEUED' WHERE id = $1`, [id])).rejects.toMatchObject({
      code: '23514',
      constraint: 'email_outbox_sent_final',
    });
    await expect(app.owner.query(`UPDATE email_outbox SET subject = 'changed' WHERE id = $1`, [id])).rejects.toMatchObject({
      constraint: 'email_outbox_message_immutable',
    });
  });

  it('retries after the server refuses with 451, keeping the Message-ID, then sends', async () => {
    const id = await queue(org.id, 'cy@example.test', 'welcome-buyer', { recipientName: 'Cy', agentName: 'Olivia' });
    catcher.refuse = { code: 451, message: 'Try again later' };
    const failed = send(org.id, id, 1, 3);
    await expect(failed).rejects.toBeInstanceOf(EmailSendError);
    await expect(failed).rejects.toThrow(/451/);
    expect(await row(id)).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect((await row(id)).last_error).toMatch(/^SMTP DATA 451/);

    catcher.refuse = null;
    await send(org.id, id, 2, 3);
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(catcher.received.map((mail) => mail.messageId)).toEqual([`<${id}@mailer.example>`]);
  });

  it('marks FAILED at the last attempt and returns; a permanent 5xx fails at once', async () => {
    const id = await queue(org.id, 'dee@example.test', 'deal-won', { dealName: 'Oak Ave' });
    catcher.refuse = { code: 451, message: 'Greylisted' };
    await expect(send(org.id, id, 1, 2)).rejects.toThrow(EmailSendError);
    await expect(send(org.id, id, 2, 2)).resolves.toBeUndefined();
    expect(await row(id)).toMatchObject({ status: 'FAILED', attempts: 2 });
    // FAILED is final: a late retry sends nothing.
    catcher.refuse = null;
    await send(org.id, id, 3, 3);
    expect(catcher.received).toHaveLength(0);

    const refused = await queue(org.id, 'nobody@example.test', 'deal-won', { dealName: 'Pine Rd' });
    catcher.refuse = { code: 550, message: 'No such user' };
    await expect(send(org.id, refused, 1, 5)).resolves.toBeUndefined();
    expect(await row(refused)).toMatchObject({ status: 'FAILED', attempts: 1 });
  });

  it('keeps away from a fresh claim and resends a stale one (a crash) with the same Message-ID', async () => {
    const id = await queue(org.id, 'eve@example.test', 'deal-won', { dealName: 'Birch Ln' });
    // A sender claimed it a moment ago and may still be talking to the SMTP server.
    await app.owner.query(`UPDATE email_outbox SET status = 'SENDING', attempts = 1, claimed_at = now() WHERE id = $1`, [id]);
    await expect(send(org.id, id, 2)).rejects.toBeInstanceOf(EmailBusyError);
    expect(catcher.received).toHaveLength(0);
    // That sender died long ago: the row is sent again, same Message-ID.
    await app.owner.query(`UPDATE email_outbox SET claimed_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    await send(org.id, id, 3);
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 2 });
    expect((await row(id)).last_error).toMatch(/earlier attempt stopped/);
    expect(catcher.received.map((mail) => mail.messageId)).toEqual([`<${id}@mailer.example>`]);
  });

  it('escapes variables in the HTML part and keeps the subject on one line', async () => {
    const id = await queue(org.id, 'fay@example.test', 'booking-confirmation', {
      ...booking('<script>alert("x")</script> & co\r\nBcc: victim@example.test'),
      location: '<img src=x onerror=alert(1)>',
      recipientName: "O'Brien <b>",
    });
    await send(org.id, id);
    const mail = catcher.received[0]!;
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(mail.html).toContain('O&#39;Brien &lt;b&gt;');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.bcc).toBeUndefined();
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('fay@example.test');
  });

  it('refuses an unknown template, bad variables and a bad address, inserting nothing', async () => {
    const count = async () =>
      Number((await app.owner.query(`SELECT count(*) FROM email_outbox WHERE org_id = $1`, [org.id])).rows[0].count);
    const before = await count();
    await expect(queue(org.id, 'a@example.test', 'no-such-template', {})).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'template' },
    });
    await expect(queue(org.id, 'a@example.test', 'booking-confirmation', { title: 'x' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'variables.startsAt' },
    });
    await expect(queue(org.id, 'a@example.test, b@example.test', 'deal-won', { dealName: 'x' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'to' },
    });
    expect(await count()).toBe(before);
  });

  it('another organization can neither read, claim nor queue into the row', async () => {
    const id = await queue(org.id, 'gus@example.test', 'deal-won', { dealName: 'Cedar Ct' });
    const seen = await withTenant(prisma(), { orgId: other.id }, (tx) => tx.emailOutbox.findMany({ where: { id } }));
    expect(seen).toEqual([]);
    const changed = await withTenant(prisma(), { orgId: other.id }, (tx) =>
      tx.emailOutbox.updateMany({ where: { id }, data: { lastError: 'x' } }),
    );
    expect(changed.count).toBe(0);
    // A job naming the wrong organization finds nothing and sends nothing.
    await send(other.id, id);
    expect(catcher.received).toHaveLength(0);
    expect(await row(id)).toMatchObject({ status: 'QUEUED', attempts: 0 });
    // Queuing into another organization from this one's transaction: RLS refuses the insert.
    await expect(
      withTenant(prisma(), { orgId: other.id }, (tx) =>
        queueEmail(tx, { orgId: org.id, to: 'h@example.test', template: 'deal-won', variables: { dealName: 'x' } }),
      ),
    ).rejects.toThrow(/row-level security/);
    // The API's role may not delete outbox rows at all.
    await expect(
      withTenant(prisma(), { orgId: org.id }, (tx) => tx.$executeRaw`DELETE FROM email_outbox WHERE id = ${id}::uuid`),
    ).rejects.toThrow(/permission denied/);
  });

  it('the log transport logs recipient, subject and Message-ID, never the body', async () => {
    const logs: string[] = [];
    const capture = pino({ level: 'info' }, { write: (line: string) => logs.push(line) });
    const log = createEmailTransport({ SMTP_URL: undefined, EMAIL_FROM: 'a@b.example', NODE_ENV: 'development' }, capture);
    expect(log.kind).toBe('log');
    await log.send({ messageId: '<1@b.example>', to: 'x@example.test', subject: 'Hi', text: 'SECRET BODY', html: '<p>SECRET BODY</p>' });
    expect(logs.join('')).toContain('x@example.test');
    expect(logs.join('')).toContain('<1@b.example>');
    expect(logs.join('')).not.toContain('SECRET BODY');
    expect(() => createEmailTransport({ SMTP_URL: undefined, EMAIL_FROM: 'a@b.example', NODE_ENV: 'production' }, capture)).toThrow(
      /SMTP_URL/,
    );
  });
});
