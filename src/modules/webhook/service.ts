import { tenantOf, type Context } from '../../context/index.js';
import { tenantKey } from '../../context/tenant-key.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { badInput, notFound } from '../../schema/errors.js';
import type { CreateWebhookEndpoint, UpdateWebhookEndpoint } from './inputs.js';
import { newWebhookSecret } from './secret.js';
import { checkWebhookUrl } from './url-policy.js';

/** Endpoints per organization: each event is sent once to each subscribed endpoint. */
export const MAX_WEBHOOK_ENDPOINTS = 20;

/**
 * Every column of an endpoint but its secret. The API's role may not SELECT the secret
 * (sql/82_webhooks.sql), so every statement on endpoints names its columns: a query without a
 * selection (Prisma's default is every column) fails instead of reading it.
 */
export const ENDPOINT_COLUMNS = {
  id: true,
  orgId: true,
  url: true,
  description: true,
  eventTypes: true,
  enabled: true,
  createdById: true,
  secretRotatedAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.WebhookEndpointSelect;

/** Creates an endpoint; its secret is returned this once. */
export async function createWebhookEndpoint(ctx: Context, input: CreateWebhookEndpoint) {
  const { orgId, viewer } = tenantOf(ctx);
  const url = await checkWebhookUrl(input.url, ctx.webhookSettings);
  const existing = await ctx.prisma.webhookEndpoint.count({ where: { orgId } });
  if (existing >= MAX_WEBHOOK_ENDPOINTS) {
    throw badInput(`An organization has at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints; delete one first`);
  }
  const secret = newWebhookSecret();
  const webhookEndpoint = await ctx.prisma.webhookEndpoint.create({
    data: { orgId, url, eventTypes: input.eventTypes, description: input.description ?? null, secret, createdById: viewer.userId },
    select: ENDPOINT_COLUMNS,
  });
  return { secret, webhookEndpoint };
}

/** Changes the given fields; a new URL is checked like a new endpoint's. */
export async function updateWebhookEndpoint(ctx: Context, input: UpdateWebhookEndpoint) {
  const { id, url, ...data } = input;
  const checkedUrl = url === undefined ? undefined : await checkWebhookUrl(url, ctx.webhookSettings);
  const { count } = await ctx.prisma.webhookEndpoint.updateMany({
    where: { orgId: tenantOf(ctx).orgId, id },
    data: { ...data, ...(checkedUrl === undefined ? {} : { url: checkedUrl }) },
  });
  if (count === 0) throw notFound('Webhook endpoint');
  return endpoint(ctx, id);
}

/** Removes an endpoint, its secret and its delivery log for good (the audit log keeps who did it). */
export async function deleteWebhookEndpoint(ctx: Context, id: string) {
  const { count } = await ctx.prisma.webhookEndpoint.deleteMany({ where: { orgId: tenantOf(ctx).orgId, id } });
  if (count === 0) throw notFound('Webhook endpoint');
}

/** A new secret for the endpoint, returned this once; deliveries signed from now on use it (the old one stops when this commits). */
export async function rotateWebhookEndpointSecret(ctx: Context, id: string) {
  const secret = newWebhookSecret();
  const { count } = await ctx.prisma.webhookEndpoint.updateMany({
    where: { orgId: tenantOf(ctx).orgId, id },
    data: { secret, secretRotatedAt: new Date() },
  });
  if (count === 0) throw notFound('Webhook endpoint');
  return { secret, webhookEndpoint: await endpoint(ctx, id) };
}

/**
 * Sends a delivery again: a new PENDING delivery of the same event with the same body to the
 * same endpoint (the queue picks it up like any other). Its endpoint must be enabled.
 */
export async function redeliverWebhookDelivery(ctx: Context, id: string) {
  const original = await ctx.prisma.webhookDelivery.findUnique({
    where: tenantKey(ctx, id),
    select: { endpointId: true, eventId: true, eventType: true, body: true, endpoint: { select: { enabled: true } } },
  });
  if (!original) throw notFound('Webhook delivery');
  if (!original.endpoint.enabled) throw badInput('The endpoint of this delivery is disabled; enable it first', 'id');
  const body: Prisma.InputJsonValue = original.body ?? {};
  return ctx.prisma.webhookDelivery.create({
    data: { orgId: tenantOf(ctx).orgId, endpointId: original.endpointId, eventId: original.eventId, eventType: original.eventType, body },
  });
}

async function endpoint(ctx: Context, id: string) {
  const found = await ctx.prisma.webhookEndpoint.findUnique({ where: tenantKey(ctx, id), select: ENDPOINT_COLUMNS });
  if (!found) throw notFound('Webhook endpoint');
  return found;
}
