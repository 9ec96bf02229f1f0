import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { WebhookDeliveryStatusEnum } from './types.js';

export const webhookEndpointFilter = defineFilter('WebhookEndpoint', () => ({
  id: { kind: 'id', column: 'id', type: 'WebhookEndpoint' },
  enabled: { kind: 'boolean', column: 'enabled' },
  eventTypes: { kind: 'stringList', column: 'eventTypes' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

export const webhookEndpointOrder = defineOrderBy(
  'WebhookEndpoint',
  { CREATED_AT: ['createdAt'] },
  { field: 'CREATED_AT', direction: 'DESC' },
);

defineListQuery({
  field: 'webhookEndpoints',
  type: 'WebhookEndpoint',
  delegate: 'webhookEndpoint',
  filter: webhookEndpointFilter,
  order: webhookEndpointOrder,
  softDelete: false,
  description: "The organization's webhook endpoints, newest first. Never their secrets. ADMIN and OWNER.",
});

// Served by the (org_id, endpoint_id, created_at, id) and (org_id, status, created_at, id) indexes.
export const webhookDeliveryFilter = defineFilter('WebhookDelivery', () => ({
  id: { kind: 'id', column: 'id', type: 'WebhookDelivery' },
  endpointId: { kind: 'id', column: 'endpointId', type: 'WebhookEndpoint' },
  status: { kind: 'enum', column: 'status', filter: enumFilter(WebhookDeliveryStatusEnum, 'WebhookDeliveryStatus') },
  eventType: { kind: 'string', column: 'eventType' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

export const webhookDeliveryOrder = defineOrderBy(
  'WebhookDelivery',
  { CREATED_AT: ['createdAt'] },
  { field: 'CREATED_AT', direction: 'DESC' },
);

defineListQuery({
  field: 'webhookDeliveries',
  type: 'WebhookDelivery',
  delegate: 'webhookDelivery',
  filter: webhookDeliveryFilter,
  order: webhookDeliveryOrder,
  softDelete: false,
  description: 'The delivery log: what was sent to which endpoint and how it went, newest first. ADMIN and OWNER.',
});
