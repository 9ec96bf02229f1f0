/**
 * The queue's side of webhooks (README "Webhooks"). The outbox's consumer calls
 * createWebhookDeliveries for each event, in a transaction that has entered the event's
 * organization; a trigger on webhook_deliveries enqueues one job per new row, and the job calls
 * deliverWebhook, which the queue retries with its exponential backoff while it throws.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import { withTenant } from '../../db/tenant.js';
import type { TransactionClient } from '../../db/request-transaction.js';
import type { DomainEvent } from '../../events/types.js';
import { PRIVATE_EVENT_TYPES } from '../../events/types.js';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import { DisallowedAddressError, guardedLookup, hostOf, isDisallowedAddress, type Resolver } from './url-policy.js';

/** The JSON POSTed for an event (Standard Webhooks' `type`, `timestamp`, `data`). */
export interface WebhookBody {
  type: string;
  /** When the event happened (ISO-8601, UTC). */
  timestamp: string;
  data: Prisma.InputJsonObject;
}

/**
 * An event as a webhook body. `data` holds the event's payload, then the fields that identify it,
 * which a payload key of the same name cannot replace: `id` (the record's global id, as the API
 * gives it), `entityType`, `actorId` (the acting user's global id, null for the system) and
 * `eventId` (the outbox event's uuid, the same in a redelivery: receivers deduplicate on it).
 */
export function webhookBody(event: DomainEvent): WebhookBody {
  return {
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    data: {
      ...(event.payload as Prisma.InputJsonObject),
      id: encodeGlobalID(event.entityType, event.entityId),
      entityType: event.entityType,
      actorId: event.actorId === null ? null : encodeGlobalID('User', event.actorId),
      eventId: event.id,
    },
  };
}

/**
 * One PENDING delivery per enabled endpoint of the event's organization subscribed to its type
 * (none for a private event: a notification belongs to one member). The caller's transaction has
 * entered the organization. Returns how many were written.
 */
export async function createWebhookDeliveries(tx: TransactionClient, event: DomainEvent): Promise<number> {
  if (PRIVATE_EVENT_TYPES.has(event.type)) return 0;
  const endpoints = await tx.webhookEndpoint.findMany({
    // Not those that have a delivery of this event already: the queue may run the same event's
    // job again after a crash that followed its commit.
    where: { orgId: event.orgId, enabled: true, eventTypes: { has: event.type }, deliveries: { none: { eventId: event.id } } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  if (endpoints.length === 0) return 0;
  const body = { ...webhookBody(event) };
  const { count } = await tx.webhookDelivery.createMany({
    data: endpoints.map((endpoint) => ({
      orgId: event.orgId,
      endpointId: endpoint.id,
      eventId: event.id,
      eventType: event.type,
      body,
    })),
  });
  return count;
}

export interface DeliverWebhookDeps {
  /** The API's (RLS-bound) client: every statement runs in the job's organization. */
  prisma: PrismaClient;
  logger: Logger;
  /** WEBHOOK_ALLOW_PRIVATE_URLS: false refuses hosts that are or resolve to private addresses, at connect time. */
  allowPrivateUrls: boolean;
  /** Longest wait for one attempt, from connecting to the status line (default 10 s). */
  timeoutMs?: number;
  /** Name resolution (tests); the operating system's by default. */
  resolve?: Resolver;
}

export interface DeliverWebhookJob {
  orgId: string;
  deliveryId: string;
  /** This attempt's number, from 1. */
  attempt: number;
  maxAttempts: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_ERROR_LENGTH = 200;

/** The outcome of one POST: the status line's code, or why there was none. */
type Attempt = { statusCode: number } | { error: string };

const short = (text: string) => (text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text);

/** Why an attempt got no answer, in a few words: no URL, body, header or secret (Node's network messages name a host and port at most). */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DisallowedAddressError) return error.message;
  // Duck-typed: the abort is a DOMException, not always an Error of this realm.
  if (typeof error === 'object' && error !== null) {
    const name = 'name' in error && typeof error.name === 'string' ? error.name : '';
    const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
    if (name === 'AbortError' || name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
    if (message || name) return short(message || name);
  }
  return 'unknown error';
}

/**
 * POSTs `body` once: no redirect is followed (node:http never does), no connection is reused,
 * and with private URLs disallowed the connection goes only to an address checked here.
 */
function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { allowPrivateUrls: boolean; timeoutMs: number; resolve?: Resolver },
) {
  return new Promise<Attempt>((settle) => {
    const target = new URL(url);
    const host = hostOf(target);
    if (!options.allowPrivateUrls && isIP(host) && isDisallowedAddress(host)) {
      settle({ error: new DisallowedAddressError().message });
      return;
    }
    const send = target.protocol === 'https:' ? https.request : http.request;
    const request = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        signal: AbortSignal.timeout(options.timeoutMs),
        ...(options.allowPrivateUrls ? {} : { lookup: guardedLookup(options.resolve) }),
      },
      (response) => {
        // The status decides; the body is read and dropped (never stored or logged).
        settle({ statusCode: response.statusCode ?? 0 });
        response.on('error', () => undefined);
        response.resume();
      },
    );
    request.on('error', (error) => settle({ error: describeFailure(error, options.timeoutMs) }));
    request.end(body);
  });
}

/** graphile-worker's wait after a failed attempt n: exp(min(n, 10)) seconds (an estimate for the log). */
const backoffMs = (attempt: number) => Math.round(Math.exp(Math.min(attempt, 10)) * 1000);

/**
 * Sends one delivery (one job of the queue). Loads it and its endpoint in the job's
 * organization, signs the stored body (Standard Webhooks: `webhook-id` = the delivery's id,
 * `webhook-timestamp`, `webhook-signature` = `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`
 * with the endpoint's secret) and POSTs it. A 2xx marks it SUCCEEDED. Anything else records the
 * attempt and throws, so the queue tries again later, unless this was attempt `maxAttempts`:
 * then the delivery is FAILED and this returns. A delivery that is gone (its endpoint was
 * deleted) or no longer PENDING is left alone; one whose endpoint is disabled is FAILED. Logs
 * ids, status codes and errors; never the URL, the body or the secret.
 */
export async function deliverWebhook(deps: DeliverWebhookDeps, job: DeliverWebhookJob): Promise<void> {
  const { prisma, logger } = deps;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tenant = { orgId: job.orgId };
  const log = { orgId: job.orgId, deliveryId: job.deliveryId, attempt: job.attempt, maxAttempts: job.maxAttempts };

  const loaded = await withTenant(prisma, tenant, async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({
      where: { orgId_id: { orgId: job.orgId, id: job.deliveryId } },
      select: { id: true, status: true, body: true, endpointId: true, endpoint: { select: { url: true, enabled: true } } },
    });
    if (!delivery || delivery.status !== 'PENDING' || !delivery.endpoint.enabled) return { delivery, secret: null };
    const [row] = await tx.$queryRaw<
      { secret: string | null }[]
    >`SELECT app.webhook_endpoint_secret(${delivery.endpointId}::uuid) AS secret`;
    return { delivery, secret: row?.secret ?? null };
  });
  const { delivery } = loaded;
  if (!delivery) {
    logger.info(log, 'webhook delivery is gone (its endpoint was deleted): nothing to send');
    return;
  }
  if (delivery.status !== 'PENDING') {
    logger.info({ ...log, status: delivery.status }, 'webhook delivery is already final: nothing to send');
    return;
  }
  const record = (data: Prisma.WebhookDeliveryUpdateManyMutationInput) =>
    withTenant(prisma, tenant, (tx) =>
      // Only a PENDING delivery changes: a concurrent run of the same job cannot undo a success.
      tx.webhookDelivery.updateMany({ where: { orgId: job.orgId, id: delivery.id, status: 'PENDING' }, data }),
    );
  if (!delivery.endpoint.enabled || loaded.secret === null) {
    await record({ status: 'FAILED', lastError: 'the endpoint is disabled', nextAttemptAt: null });
    logger.warn({ ...log, endpointId: delivery.endpointId }, 'webhook endpoint disabled: delivery failed');
    return;
  }

  const body = JSON.stringify(delivery.body);
  const sentAt = new Date();
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'ClientFlow-Webhooks/1',
    'webhook-id': delivery.id,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': new Webhook(loaded.secret).sign(delivery.id, sentAt, body),
  };
  const attempt = await post(delivery.endpoint.url, headers, body, {
    allowPrivateUrls: deps.allowPrivateUrls,
    timeoutMs,
    resolve: deps.resolve,
  });

  const attempted = { attempts: { increment: 1 }, lastAttemptAt: sentAt };
  if ('statusCode' in attempt && attempt.statusCode >= 200 && attempt.statusCode < 300) {
    await record({
      ...attempted,
      status: 'SUCCEEDED',
      lastStatusCode: attempt.statusCode,
      lastError: null,
      deliveredAt: new Date(),
      nextAttemptAt: null,
    });
    logger.info({ ...log, endpointId: delivery.endpointId, statusCode: attempt.statusCode }, 'webhook delivered');
    return;
  }
  const reason = 'statusCode' in attempt ? `HTTP ${attempt.statusCode}` : attempt.error;
  const statusCode = 'statusCode' in attempt ? attempt.statusCode : null;
  const last = job.attempt >= job.maxAttempts;
  await record({
    ...attempted,
    lastStatusCode: statusCode,
    lastError: reason,
    ...(last ? { status: 'FAILED', nextAttemptAt: null } : { nextAttemptAt: new Date(Date.now() + backoffMs(job.attempt)) }),
  });
  logger.warn({ ...log, endpointId: delivery.endpointId, statusCode, error: reason, final: last }, 'webhook attempt failed');
  if (!last) throw new WebhookAttemptError(reason);
}

/** Thrown by deliverWebhook when an attempt failed and the queue should try again. */
export class WebhookAttemptError extends Error {
  constructor(reason: string) {
    super(`webhook delivery attempt failed: ${reason}`);
    this.name = 'WebhookAttemptError';
  }
}
