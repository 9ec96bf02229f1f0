import { builder } from '../../schema/builder.js';
import { memberAsUser } from '../organization/types.js';
import { tenantNode } from '../../context/tenant-key.js';

export const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  values: {
    PENDING: { description: 'Waiting for its first attempt or for a retry.' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt failed, or the endpoint was disabled; redeliverWebhookDelivery sends it again.' },
  } as const,
});

export const WebhookEndpointType = builder.prismaNode('WebhookEndpoint', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  select: { id: true },
  description:
    "A partner's URL that receives the organization's events, signed with the endpoint's secret (Standard Webhooks). " +
    'The secret is shown once, by createWebhookEndpoint and rotateWebhookEndpointSecret; never here.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where events are POSTed.' }),
    description: t.exposeString('description', { nullable: true }),
    eventTypes: t.exposeStringList('eventTypes', { description: 'The event names delivered here, e.g. deal.won.' }),
    enabled: t.exposeBoolean('enabled', { description: 'false: no new deliveries.' }),
    createdBy: t.field(memberAsUser('createdBy')),
    secretRotatedAt: t.expose('secretRotatedAt', { type: 'DateTime', description: 'When the current secret was made.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const WebhookDeliveryType = builder.prismaNode('WebhookDelivery', {
  ...tenantNode,
  nullable: true,
  select: { id: true },
  description:
    'One event sent to one endpoint: the delivery log. Its id is the webhook-id header the endpoint receives (the same on every retry).',
  fields: (t) => ({
    endpoint: t.relation('endpoint'),
    eventId: t.exposeString('eventId', { description: "The outbox event's uuid (data.eventId in the body); a redelivery has the same." }),
    eventType: t.exposeString('eventType', { description: 'The event name, e.g. deal.won.' }),
    body: t.field({
      type: 'JSONObject',
      description: 'The JSON POSTed: {"type", "timestamp", "data"}.',
      select: { body: true },
      resolve: (delivery) => delivery.body as Record<string, unknown>,
    }),
    status: t.expose('status', { type: WebhookDeliveryStatusEnum }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    lastStatusCode: t.exposeInt('lastStatusCode', {
      nullable: true,
      description: "The last attempt's HTTP status; null when it got none.",
    }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why the last attempt failed, in short (e.g. "HTTP 500", "no answer within 10000 ms"); never the response body.',
    }),
    nextAttemptAt: t.expose('nextAttemptAt', {
      type: 'DateTime',
      nullable: true,
      description: 'About when the next retry runs (the queue decides); null once SUCCEEDED or FAILED.',
    }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true, description: 'When the endpoint answered 2xx.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
