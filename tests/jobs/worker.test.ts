/**
 * The job queue end to end: two real workers (graphile-worker, src/jobs/worker.ts) on the test
 * database, fed only by the database triggers. A committed change reaches a partner's HTTP
 * endpoint signed, an endpoint that fails is retried with backoff, a queued e-mail reaches a real
 * SMTP server exactly once even with two workers, a rolled-back change queues nothing, and the
 * daily purge deletes old events only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { loadConfig } from '../../src/config.js';
import { withTenant } from '../../src/db/tenant.js';
import { queueEmail } from '../../src/email/index.js';
import { startJobWorker, type JobWorker } from '../../src/jobs/worker.js';
import { TEST_JWT_SECRET, startTestApp, type TestApp } from '../helpers/app.js';
import { eventually } from '../helpers/eventually.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { SmtpCatcher } from '../helpers/smtp-catcher.js';
import { CREATE_CONTACT, CREATE_DEAL, decodeGlobalId, run } from '../helpers/tenant-kit.js';
import { createWebhookEndpoint } from '../helpers/tenant-types/webhook.js';
import { WebhookReceiver } from '../helpers/webhook-receiver.js';

describe('job workers', () => {
  let app: TestApp;
  let org: TestOrganization;
  // /flaky answers 503 to its first request; everything else 204.
  const receiver = new WebhookReceiver(({ path }, received) =>
    path === '/flaky' && received.filter((request) => request.path === path).length === 1 ? { status: 503 } : { status: 204 },
  );
  const catcher = new SmtpCatcher();
  const workers: JobWorker[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Jobs');
    await Promise.all([receiver.start(), catcher.start()]);
    const config = loadConfig({
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: app.databaseUrl,
      WORKER_DATABASE_URL: app.workerUrl,
      SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
      EMAIL_FROM: 'Jobs CRM <crm@jobs.example>',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      WORKER_CONCURRENCY: '3',
      EVENT_RETENTION_DAYS: '30',
    });
    const logger = pino({ level: 'silent' });
    for (let i = 0; i < 2; i++) {
      workers.push(await startJobWorker({ config, appUrl: app.databaseUrl, workerUrl: app.workerUrl, logger }));
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    receiver.stop();
    await catcher.stop();
    await app?.close();
  });

  const deliveryRows = async (endpointUuid: string) =>
    (
      await app.owner.query<{ status: string; attempts: number; event_type: string }>(
        'SELECT status::text, attempts, event_type FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY created_at',
        [endpointUuid],
      )
    ).rows;

  it('a committed change reaches the subscribed endpoint signed, once; other event types do not', async () => {
    const { id, secret } = await createWebhookEndpoint(org.admin, { url: receiver.url('/contacts'), eventTypes: ['contact.created'] });
    const created = await run(org.member, CREATE_CONTACT, { input: { firstName: 'Hook', lastName: 'Ed' } });
    await run(org.member, CREATE_DEAL, { input: { deal: { name: 'Not subscribed' } } });

    await eventually(() => receiver.at('/contacts').length === 1, 15_000);
    const [request] = receiver.at('/contacts');
    const body = new Webhook(secret.replace(/^whsec_/, '')).verify(request!.body, WebhookReceiver.headersOf(request!)) as {
      type: string;
      data: { id: string };
    };
    expect(body.type).toBe('contact.created');
    expect(body.data.id).toBe(created.createContact.contact.id);
    await eventually(async () => (await deliveryRows(decodeGlobalId(id).id))[0]?.status === 'SUCCEEDED', 10_000);
    expect(await deliveryRows(decodeGlobalId(id).id)).toEqual([{ status: 'SUCCEEDED', attempts: 1, event_type: 'contact.created' }]);
    // Give a stray second delivery time to show up: there must be none.
    await new Promise((done) => setTimeout(done, 500));
    expect(receiver.at('/contacts')).toHaveLength(1);
  }, 30_000);

  it('an endpoint that answers 503 is tried again after the backoff, and then succeeds', async () => {
    const { id } = await createWebhookEndpoint(org.admin, { url: receiver.url('/flaky'), eventTypes: ['deal.created'] });
    await run(org.member, CREATE_DEAL, { input: { deal: { name: 'Retried' } } });
    // graphile-worker's first backoff is e^1 ≈ 2.7 s.
    await eventually(async () => (await deliveryRows(decodeGlobalId(id).id))[0]?.status === 'SUCCEEDED', 20_000, 200);
    expect(receiver.at('/flaky')).toHaveLength(2);
    expect((await deliveryRows(decodeGlobalId(id).id))[0]).toMatchObject({ attempts: 2 });
  }, 30_000);

  it('a request that rolls back queues nothing: no delivery, no job', async () => {
    await createWebhookEndpoint(org.admin, { url: receiver.url('/rolled-back'), eventTypes: ['contact.created'] });
    const jobsBefore = (await app.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM graphile_worker.jobs')).rows[0]!.n;
    const response = await org.member.query(`mutation {
      written: createContact(input: { firstName: "Never", lastName: "Sent" }) { contact { id } }
      refused: createDeal(input: { deal: { name: "Bad", currency: "XX" } }) { deal { id } }
    }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const jobsAfter = (await app.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM graphile_worker.jobs')).rows[0]!.n;
    expect(jobsAfter).toBeLessThanOrEqual(jobsBefore);
    await new Promise((done) => setTimeout(done, 500));
    expect(receiver.at('/rolled-back')).toHaveLength(0);
  });

  it('queued e-mails are sent exactly once each by two workers sharing the queue', async () => {
    const ids = await withTenant(app.database.prisma, { orgId: org.id }, async (tx) => {
      const queued: string[] = [];
      for (let i = 0; i < 12; i++) {
        queued.push(
          await queueEmail(tx, {
            orgId: org.id,
            to: `reader${i}@example.test`,
            template: 'deal-won',
            variables: { dealName: `Deal ${i}` },
            messageIdDomain: 'jobs.example',
          }),
        );
      }
      return queued;
    });
    await eventually(async () => {
      const sent = await app.owner.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM email_outbox WHERE id = ANY($1) AND status = 'SENT'",
        [ids],
      );
      return sent.rows[0]!.n === ids.length;
    }, 20_000);
    const received = catcher.received.map((mail) => mail.messageId).filter((id) => id?.endsWith('@jobs.example>'));
    expect(received.sort()).toEqual(ids.map((id) => `<${id}@jobs.example>`).sort());
  }, 30_000);

  it('the daily purge deletes events older than EVENT_RETENTION_DAYS and keeps newer ones', async () => {
    await app.owner.query(
      `INSERT INTO events (org_id, id, type, entity_type, entity_id, payload, occurred_at)
       VALUES ($1, gen_random_uuid(), 'contact.created', 'Contact', gen_random_uuid(), '{}', now() - interval '31 days'),
              ($1, gen_random_uuid(), 'contact.created', 'Contact', gen_random_uuid(), '{}', now() - interval '29 days')`,
      [org.id],
    );
    const count = async (older: boolean) =>
      (
        await app.owner.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM events WHERE org_id = $1 AND occurred_at ${older ? '<' : '>='} now() - interval '30 days'`,
          [org.id],
        )
      ).rows[0]!.n;
    const newer = await count(false);
    expect(await count(true)).toBe(1);
    // The cron slot is 04:15 UTC; the same task, queued now.
    await app.owner.query(`SELECT graphile_worker.add_job('purge_events', '{}'::json)`);
    await eventually(async () => (await count(true)) === 0, 15_000);
    expect(await count(false)).toBe(newer);
  }, 30_000);
});
