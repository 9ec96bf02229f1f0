/**
 * Webhooks end to end: endpoints through the API (secret shown once, bad input, roles), the
 * deliveries the outbox's consumer writes (createWebhookDeliveries), and deliverWebhook POSTing
 * them to a real HTTP server on loopback that checks the Standard Webhooks signature; retries,
 * failure at the last attempt, timeouts, redirects, redelivery, disabled and deleted endpoints,
 * and the SSRF refusals at registration and at delivery.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { Webhook } from 'standardwebhooks';
import { withTenant } from '../../../src/db/tenant.js';
import { deliverWebhook, WebhookAttemptError } from '../../../src/modules/webhook/deliveries.js';
import { startTenants, useTenants } from '../../helpers/actors.js';
import { codes, fields, uuidOf } from '../../helpers/responses.js';
import { encodeGlobalId } from '../../helpers/tenant-kit.js';
import { createWebhookEndpoint, deliverEvent, domainEvent } from '../../helpers/tenant-types/webhook.js';
import { WebhookReceiver } from '../../helpers/webhook-receiver.js';
import {
  WebhookCreateEndpointDocument as CREATE_WEBHOOK_ENDPOINT,
  WebhookDeleteEndpointDocument as DELETE,
  WebhookDeliveriesDocument as DELIVERIES,
  WebhookEndpointsDocument as ENDPOINTS,
  WebhookRedeliverDocument as REDELIVER,
  WebhookRotateSecretDocument as ROTATE,
  WebhookUpdateEndpointDocument as UPDATE,
} from '../../generated/operations/graphql.js';

const tenants = useTenants('Webhooks', { otherTenant: true });

/** A logger whose every line is kept, to prove what is never logged. */
function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, destination), text: () => lines.join('') };
}

/** The partner's side: /fail answers 503, /redirect a 302, /slow never; everything else 204. */
const receiver = new WebhookReceiver(({ path }) => {
  if (path.startsWith('/fail')) return { status: 503, body: 'try later' };
  if (path.startsWith('/redirect')) return { status: 302, headers: { location: '/ok' } };
  if (path.startsWith('/slow')) return null;
  return { status: 204 };
});
beforeAll(() => receiver.start());
afterAll(() => receiver.stop());

const orgId = () => tenants.org.id;
const deps = (logger = pino({ level: 'silent' }), extra: { timeoutMs?: number; allowPrivateUrls?: boolean } = {}) => ({
  prisma: tenants.app.database.prisma,
  logger,
  allowPrivateUrls: extra.allowPrivateUrls ?? true,
  timeoutMs: extra.timeoutMs,
});
const job = (deliveryId: string, attempt = 1, maxAttempts = 3) => ({ orgId: orgId(), deliveryId, attempt, maxAttempts });

/** The deliveries of one endpoint (global id), newest first. */
/** The newest delivery of one endpoint (global id); fails the test when there is none. */
async function latestDeliveryOf(endpointId: string) {
  const [latest] = await deliveriesOf(endpointId);
  if (!latest) throw new Error(`no delivery for ${endpointId}`);
  return latest;
}

async function deliveriesOf(endpointId: string) {
  const response = await tenants.asAdmin.query(DELIVERIES, { filter: { endpointId: { equals: endpointId } } });
  expect(response.errors).toBeUndefined();
  return response.data!.webhookDeliveries.edges.map((edge) => edge.node);
}

/** An endpoint at `path` of the receiver and one delivery of a new deal.won event to it. */
async function endpointWithDelivery(path: string, eventType = 'deal.won') {
  const endpoint = await createWebhookEndpoint(tenants.asAdmin, { url: receiver.url(path), eventTypes: [eventType] });
  const event = domainEvent(orgId(), { type: eventType as 'deal.won' });
  await deliverEvent(tenants.app, event);
  const delivery = await latestDeliveryOf(endpoint.id);
  return { endpoint, event, delivery, deliveryId: uuidOf(delivery.id) };
}

describe('registering endpoints', () => {
  it('an ADMIN registers one; the secret is shown once and never readable again', async () => {
    const response = await tenants.asAdmin.query(CREATE_WEBHOOK_ENDPOINT, {
      input: { url: 'https://hooks.example.test/in', eventTypes: ['deal.won', 'lead.created', 'deal.won'], description: ' CRM sync ' },
    });
    expect(response.errors).toBeUndefined();
    const { secret, webhookEndpoint } = response.data!.createWebhookEndpoint;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);

    const listed = await tenants.asAdmin.query(ENDPOINTS);
    const node = listed.data!.webhookEndpoints.edges.find((edge) => edge.node.id === webhookEndpoint.id)!.node;
    expect(node).toMatchObject({
      url: 'https://hooks.example.test/in',
      description: 'CRM sync',
      eventTypes: ['deal.won', 'lead.created'],
      enabled: true,
    });
    expect(node.createdBy?.id).toBeTruthy();
    // The type has no secret field at all.
    const asked = await tenants.asAdmin.query('{ webhookEndpoints(first: 1) { edges { node { secret } } } }');
    expect(codes(asked)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // Stored as given (the sender needs it), never in the audit log.
    const stored = await tenants.app.owner.query('SELECT secret FROM webhook_endpoints WHERE id = $1', [uuidOf(webhookEndpoint.id)]);
    expect(stored.rows[0].secret).toBe(secret);
    const audit = await tenants.app.owner.query(
      "SELECT changes::text AS changes FROM audit_log WHERE table_name = 'webhook_endpoints' AND record_id = $1",
      [uuidOf(webhookEndpoint.id)],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].changes).toContain('hooks.example.test');
    expect(audit.rows[0].changes).not.toContain(secret.slice('whsec_'.length, 20));
  });

  it("the API's database role cannot read a secret, even by accident", async () => {
    await createWebhookEndpoint(tenants.asAdmin);
    await expect(
      withTenant(tenants.app.database.prisma, { orgId: orgId() }, (tx) => tx.$queryRaw`SELECT secret FROM webhook_endpoints`),
    ).rejects.toThrow(/permission denied/);
    await expect(withTenant(tenants.app.database.prisma, { orgId: orgId() }, (tx) => tx.webhookEndpoint.findMany())).rejects.toThrow();
  });

  it('a MEMBER or VIEWER may not register one, and nothing is written', async () => {
    const before = await tenants.app.owner.query('SELECT count(*)::int AS n FROM webhook_endpoints');
    for (const actor of [tenants.asMember, tenants.asViewer]) {
      const response = await actor.query(CREATE_WEBHOOK_ENDPOINT, {
        input: { url: 'https://hooks.example.test/x', eventTypes: ['deal.won'] },
      });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(codes(await actor.query(ENDPOINTS))).toEqual(['FORBIDDEN']);
    }
    const after = await tenants.app.owner.query('SELECT count(*)::int AS n FROM webhook_endpoints');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  const badInputs: [Record<string, unknown>, string, string | RegExp][] = [
    [{ url: 'not a url' }, 'url', 'url must be an absolute http(s) URL'],
    [{ url: 'ftp://hooks.example.test/' }, 'url', 'url must be an http(s) URL'],
    [{ url: 'https://me:pw@hooks.example.test/' }, 'url', 'url must not carry a user name or password'],
    [{ eventTypes: ['deal.exploded'] }, 'eventTypes', /"deal.exploded" is not a webhook event type; one of lead.created/],
    [{ eventTypes: ['notification.created'] }, 'eventTypes', /"notification.created" is not a webhook event type/],
    [{ eventTypes: [] }, 'eventTypes', 'eventTypes needs at least one event type'],
    [{ description: 'x'.repeat(501) }, 'description', 'description must be 0 to 500 characters'],
  ];
  it.each(badInputs.map(([change, field, message]) => [JSON.stringify(change).slice(0, 60), change, field, message] as const))(
    'bad input %s is BAD_USER_INPUT naming the field',
    async (_name, change, field, message) => {
      const input = { url: 'https://hooks.example.test/in', eventTypes: ['deal.won'], ...change };
      const response = await tenants.asAdmin.query(CREATE_WEBHOOK_ENDPOINT, { input });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(fields(response)).toEqual([field]);
      expect(response.errors![0]!.message).toMatch(message);
      expect(response.data).toBeNull();
    },
  );

  it('an update changes the given fields and checks a new URL; another organization cannot touch it', async () => {
    const { id } = await createWebhookEndpoint(tenants.asAdmin);
    const updated = await tenants.asAdmin.query(UPDATE, { input: { id, eventTypes: ['lead.created'], enabled: false, description: null } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateWebhookEndpoint.webhookEndpoint).toMatchObject({
      url: 'https://hooks.example.test/clientflow',
      eventTypes: ['lead.created'],
      enabled: false,
      description: null,
    });
    expect(fields(await tenants.asAdmin.query(UPDATE, { input: { id, url: 'gopher://x' } }))).toEqual(['url']);
    expect(codes(await tenants.asOtherTenant.query(UPDATE, { input: { id, enabled: true } }))).toEqual(['NOT_FOUND']);
    expect(codes(await tenants.asOtherTenant.query(DELETE, { input: { id } }))).toEqual(['NOT_FOUND']);
  });
});

describe('with private URLs disallowed (the production default)', () => {
  let strict: Awaited<ReturnType<typeof startTenants>>;
  beforeAll(async () => {
    strict = await startTenants('StrictWebhooks', { env: { WEBHOOK_ALLOW_PRIVATE_URLS: 'false' } });
  });
  afterAll(() => strict?.app.close());

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost:8080/hook',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00:ec2::254]/latest/meta-data/',
    'http://10.0.0.7/hook',
    'http://192.168.1.20/hook',
    'http://0x7f.1/hook',
  ])('registering %s is refused with BAD_USER_INPUT on url', async (url) => {
    const response = await strict.asAdmin.query(CREATE_WEBHOOK_ENDPOINT, { input: { url, eventTypes: ['deal.won'] } });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(fields(response)).toEqual(['url']);
    expect(response.errors![0]!.message).toMatch(/public address/);
  });

  it('a public address is accepted, and changing it to a private one is refused', async () => {
    const created = await strict.asAdmin.query(CREATE_WEBHOOK_ENDPOINT, {
      input: { url: 'http://93.184.215.14/hook', eventTypes: ['deal.won'] },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createWebhookEndpoint.webhookEndpoint.id;
    expect(fields(await strict.asAdmin.query(UPDATE, { input: { id, url: 'http://127.0.0.1/hook' } }))).toEqual(['url']);
  });

  it('a delivery to an endpoint registered while private URLs were allowed is refused at connect time', async () => {
    // Registered here (allowed), sent with the production setting: the receiver gets nothing.
    for (const host of ['127.0.0.1', 'localhost']) {
      const path = `/ssrf-${host}`;
      const { deliveryId, endpoint } = await endpointWithDelivery(path);
      await deliverWebhook(deps(undefined, { allowPrivateUrls: false }), job(deliveryId, 1, 1));
      expect(receiver.at(path)).toHaveLength(0);
      const delivery = await latestDeliveryOf(endpoint.id);
      expect(delivery).toMatchObject({ status: 'FAILED', attempts: 1, lastStatusCode: null });
      expect(delivery.lastError).toMatch(/^refused: the host is or resolves to a private/);
      if (host === 'localhost') {
        // The name is resolved at connect time, by the lookup that checks it.
        await tenants.asAdmin.query(UPDATE, { input: { id: endpoint.id, url: receiver.url(path, 'localhost') } });
        const again = await tenants.asAdmin.query(REDELIVER, { input: { id: delivery.id } });
        await deliverWebhook(
          deps(undefined, { allowPrivateUrls: false }),
          job(uuidOf(again.data!.redeliverWebhookDelivery.webhookDelivery.id), 1, 1),
        );
        expect(receiver.at(path)).toHaveLength(0);
      }
    }
  });
});

describe('delivering', () => {
  it('createWebhookDeliveries writes one PENDING delivery per enabled, subscribed endpoint, in its organization only', async () => {
    const subscribed = await createWebhookEndpoint(tenants.asAdmin, { eventTypes: ['appointment.booked'] });
    const other = await createWebhookEndpoint(tenants.asAdmin, { eventTypes: ['lead.created'] });
    const disabled = await createWebhookEndpoint(tenants.asAdmin, { eventTypes: ['appointment.booked'] });
    await tenants.asAdmin.query(UPDATE, { input: { id: disabled.id, enabled: false } });
    const foreign = await createWebhookEndpoint(tenants.asOtherTenant, { eventTypes: ['appointment.booked'] });

    const event = domainEvent(orgId(), { type: 'appointment.booked', entityType: 'Appointment' });
    expect(await deliverEvent(tenants.app, event)).toBe(1);
    expect(await deliveriesOf(subscribed.id)).toEqual([
      expect.objectContaining({ status: 'PENDING', attempts: 0, eventId: event.id, eventType: 'appointment.booked' }),
    ]);
    expect(await deliveriesOf(other.id)).toEqual([]);
    expect(await deliveriesOf(disabled.id)).toEqual([]);
    expect(
      (await tenants.asOtherTenant.query(DELIVERIES, { filter: { endpointId: { equals: foreign.id } } })).data!.webhookDeliveries
        .totalCount,
    ).toBe(0);
    // A notification is private to one member: never sent, whatever an endpoint says.
    expect(await deliverEvent(tenants.app, domainEvent(orgId(), { type: 'notification.created', entityType: 'Notification' }))).toBe(0);
  });

  it('POSTs the body signed per Standard Webhooks; the receiver verifies it; SUCCEEDED', async () => {
    const { logger, text } = capturingLogger();
    const actor = (await tenants.asOwner.query('{ me { id } }')).data.me.id as string;
    const endpoint = await createWebhookEndpoint(tenants.asAdmin, {
      url: receiver.url('/ok?token=partner-token-123'),
      eventTypes: ['deal.won'],
    });
    const event = domainEvent(orgId(), { actorId: uuidOf(actor), payload: { value: '2500.00', currency: 'EUR', id: 'spoofed' } });
    await deliverEvent(tenants.app, event);
    const pending = await latestDeliveryOf(endpoint.id);

    await deliverWebhook(deps(logger), job(uuidOf(pending.id)));

    const [request] = receiver.at('/ok?token=partner-token-123');
    expect(request).toBeDefined();
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['webhook-id']).toBe(uuidOf(pending.id));
    expect(Math.abs(Number(request!.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    const verified = new Webhook(endpoint.secret).verify(request!.body, {
      'webhook-id': String(request!.headers['webhook-id']),
      'webhook-timestamp': String(request!.headers['webhook-timestamp']),
      'webhook-signature': String(request!.headers['webhook-signature']),
    });
    expect(verified).toEqual({
      type: 'deal.won',
      timestamp: '2026-12-01T10:00:00.000Z',
      data: {
        id: encodeGlobalId('Deal', event.entityId), // the payload cannot replace it
        entityType: 'Deal',
        actorId: actor,
        eventId: event.id,
        value: '2500.00',
        currency: 'EUR',
      },
    });
    expect(JSON.parse(request!.body)).toEqual(pending.body); // the stored body is what was sent
    // A signature made with another key does not verify.
    const otherKey = new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`);
    expect(() => otherKey.verify(request!.body, request!.headers as Record<string, string>)).toThrow();

    const done = await latestDeliveryOf(endpoint.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', attempts: 1, lastStatusCode: 204, lastError: null, nextAttemptAt: null });
    expect(done.deliveredAt).toBeTruthy();
    // Ids and status only: never the secret, the body or the URL (its query may hold a token).
    const logged = text();
    expect(logged).toContain('webhook delivered');
    for (const secretish of [
      endpoint.secret,
      endpoint.secret.slice(6, 26),
      'partner-token-123',
      '2500.00',
      String(request!.headers['webhook-signature']),
    ]) {
      expect(logged).not.toContain(secretish);
    }

    // Running the same job again (the queue retried after a crash) sends nothing more.
    await deliverWebhook(deps(), job(uuidOf(pending.id), 2));
    expect(receiver.at('/ok?token=partner-token-123')).toHaveLength(1);
  });

  it('a failing endpoint: each attempt is recorded and throws (the queue retries), the last marks it FAILED', async () => {
    const { endpoint, deliveryId } = await endpointWithDelivery('/fail');
    await expect(deliverWebhook(deps(), job(deliveryId, 1, 3))).rejects.toBeInstanceOf(WebhookAttemptError);
    let delivery = await latestDeliveryOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 503, lastError: 'HTTP 503' });
    expect(new Date(delivery.nextAttemptAt ?? 0).getTime()).toBeGreaterThan(Date.now());

    await expect(deliverWebhook(deps(), job(deliveryId, 2, 3))).rejects.toThrow('webhook delivery attempt failed: HTTP 503');
    await expect(deliverWebhook(deps(), job(deliveryId, 3, 3))).resolves.toBeUndefined();
    delivery = await latestDeliveryOf(endpoint.id);
    expect(delivery).toMatchObject({
      status: 'FAILED',
      attempts: 3,
      lastStatusCode: 503,
      lastError: 'HTTP 503',
      nextAttemptAt: null,
      deliveredAt: null,
    });
    // Every attempt carried the same webhook-id and a valid signature.
    const attempts = receiver.at('/fail');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((attempt) => attempt.headers['webhook-id']))).toEqual(new Set([deliveryId]));

    // Nothing more happens to a FAILED delivery.
    await deliverWebhook(deps(), job(deliveryId, 4, 3));
    expect(receiver.at('/fail')).toHaveLength(3);
  });

  it('an endpoint that does not answer in time fails the attempt', async () => {
    const { endpoint, deliveryId } = await endpointWithDelivery('/slow');
    await deliverWebhook(deps(undefined, { timeoutMs: 300 }), job(deliveryId, 1, 1));
    const delivery = await latestDeliveryOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'FAILED', attempts: 1, lastStatusCode: null, lastError: 'no answer within 300 ms' });
  });

  it('a redirect is not followed: it is a failed attempt', async () => {
    const before = receiver.at('/ok').length;
    const { endpoint, deliveryId } = await endpointWithDelivery('/redirect');
    await deliverWebhook(deps(), job(deliveryId, 1, 1));
    const delivery = await latestDeliveryOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'FAILED', lastStatusCode: 302, lastError: 'HTTP 302' });
    expect(receiver.at('/ok')).toHaveLength(before);
  });

  it('redeliver: a new PENDING delivery of the same event and body, sent with a new webhook-id', async () => {
    const { endpoint, deliveryId, delivery } = await endpointWithDelivery('/fail-once');
    await deliverWebhook(deps(), job(deliveryId, 1, 1));
    await tenants.asAdmin.query(UPDATE, { input: { id: endpoint.id, url: receiver.url('/recovered') } });

    const response = await tenants.asAdmin.query(REDELIVER, { input: { id: delivery.id } });
    expect(response.errors).toBeUndefined();
    const again = response.data!.redeliverWebhookDelivery.webhookDelivery;
    expect(again).toMatchObject({ status: 'PENDING', eventId: delivery.eventId, body: delivery.body });
    expect(again.id).not.toBe(delivery.id);

    await deliverWebhook(deps(), job(uuidOf(again.id)));
    const [request] = receiver.at('/recovered');
    expect(request!.headers['webhook-id']).toBe(uuidOf(again.id));
    expect(new Webhook(endpoint.secret).verify(request!.body, request!.headers as Record<string, string>)).toEqual(delivery.body);
    const log = await deliveriesOf(endpoint.id);
    expect(log.map((entry: { status: string }) => entry.status).sort()).toEqual(['FAILED', 'SUCCEEDED']);

    // Another organization cannot redeliver it; a MEMBER may not either.
    expect(codes(await tenants.asOtherTenant.query(REDELIVER, { input: { id: delivery.id } }))).toEqual(['NOT_FOUND']);
    expect(codes(await tenants.asMember.query(REDELIVER, { input: { id: delivery.id } }))).toEqual(['FORBIDDEN']);
  });

  it('rotating the secret: later deliveries are signed with the new one only', async () => {
    const { endpoint, deliveryId } = await endpointWithDelivery('/rotated');
    const rotated = await tenants.asAdmin.query(ROTATE, { input: { id: endpoint.id } });
    expect(rotated.errors).toBeUndefined();
    const secret = rotated.data!.rotateWebhookEndpointSecret.secret;
    expect(secret).not.toBe(endpoint.secret);
    await deliverWebhook(deps(), job(deliveryId));
    const [request] = receiver.at('/rotated');
    const headers = request!.headers as Record<string, string>;
    expect(() => new Webhook(secret).verify(request!.body, headers)).not.toThrow();
    expect(() => new Webhook(endpoint.secret).verify(request!.body, headers)).toThrow();
    // The audit log shows that it changed, not what it is.
    const audit = await tenants.app.owner.query(
      "SELECT changes::text AS changes FROM audit_log WHERE table_name = 'webhook_endpoints' AND record_id = $1 AND action = 'UPDATE'",
      [uuidOf(endpoint.id)],
    );
    expect(audit.rows.map((row) => row.changes).join()).toContain('secret_rotated_at');
    expect(audit.rows.map((row) => row.changes).join()).not.toContain(secret.slice(6, 26));
  });

  it('a disabled endpoint: its PENDING delivery fails without a request, and it cannot be redelivered', async () => {
    const { endpoint, deliveryId, delivery } = await endpointWithDelivery('/disabled');
    await tenants.asAdmin.query(UPDATE, { input: { id: endpoint.id, enabled: false } });
    await deliverWebhook(deps(), job(deliveryId));
    expect(receiver.at('/disabled')).toHaveLength(0);
    expect(await latestDeliveryOf(endpoint.id)).toMatchObject({ status: 'FAILED', attempts: 0, lastError: 'the endpoint is disabled' });
    const refused = await tenants.asAdmin.query(REDELIVER, { input: { id: delivery.id } });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
  });

  it('a deleted endpoint takes its secret and log along; its queued jobs find nothing to send', async () => {
    const { endpoint, deliveryId } = await endpointWithDelivery('/deleted');
    const deleted = await tenants.asAdmin.query(DELETE, { input: { id: endpoint.id } });
    expect(deleted.data!.deleteWebhookEndpoint.deletedWebhookEndpointId).toBe(endpoint.id);
    const left = await tenants.app.owner.query(
      'SELECT (SELECT count(*) FROM webhook_endpoints WHERE id = $1)::int + (SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = $1)::int AS n',
      [uuidOf(endpoint.id)],
    );
    expect(left.rows[0].n).toBe(0);
    await expect(deliverWebhook(deps(), job(deliveryId))).resolves.toBeUndefined();
    expect(receiver.at('/deleted')).toHaveLength(0);
    expect(codes(await tenants.asAdmin.query(DELETE, { input: { id: endpoint.id } }))).toEqual(['NOT_FOUND']);
  });
});
