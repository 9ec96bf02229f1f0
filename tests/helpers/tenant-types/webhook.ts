import { randomUUID } from 'node:crypto';
import { withTenant } from '../../../src/db/tenant.js';
import type { DomainEvent, DomainEventType } from '../../../src/events/types.js';
import { createWebhookDeliveries } from '../../../src/modules/webhook/deliveries.js';
import type { Actor, TestApp } from '../app.js';
import { createLead, decodeGlobalId, encodeGlobalId, idInput, run, unique, type TenantType } from '../tenant-kit.js';

export const CREATE_WEBHOOK_ENDPOINT = /* GraphQL */ `
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      webhookEndpoint {
        id
      }
    }
  }
`;

export interface EndpointInput {
  url?: string;
  eventTypes?: string[];
  description?: string;
}

/** An endpoint of the actor's organization (deal.won by default); its global id and secret. */
export async function createWebhookEndpoint(actor: Actor, input: EndpointInput = {}): Promise<{ id: string; secret: string }> {
  const data = await run(actor, CREATE_WEBHOOK_ENDPOINT, {
    input: {
      url: input.url ?? 'https://hooks.example.test/clientflow',
      eventTypes: input.eventTypes ?? ['deal.won'],
      description: input.description ?? unique('Partner endpoint'),
    },
  });
  return { id: data.createWebhookEndpoint.webhookEndpoint.id, secret: data.createWebhookEndpoint.secret };
}

/** A domain event of an organization, as the outbox would hand it over (a deal won by `actorId`). */
export function domainEvent(orgId: string, overrides: Partial<DomainEvent> = {}): DomainEvent {
  return {
    id: randomUUID(),
    orgId,
    type: 'deal.won' satisfies DomainEventType,
    entityType: 'Deal',
    entityId: randomUUID(),
    actorId: null,
    payload: { value: '1000.00', currency: 'EUR' },
    occurredAt: new Date('2026-12-01T10:00:00.000Z'),
    depth: 0,
    ...overrides,
  };
}

/** What the outbox's consumer does for one event: the deliveries, written in the event's organization. */
export function deliverEvent(app: TestApp, event: DomainEvent): Promise<number> {
  return withTenant(app.database.prisma, { orgId: event.orgId }, (tx) => createWebhookDeliveries(tx, event));
}

/** A PENDING delivery to a new endpoint of the actor's organization, of a lead.created event about a new lead; its global id. */
export async function createWebhookDelivery(app: TestApp, actor: Actor, orgId: string): Promise<string> {
  const endpoint = await createWebhookEndpoint(actor, { eventTypes: ['lead.created'] });
  const endpointId = decodeGlobalId(endpoint.id).id;
  const lead = decodeGlobalId(await createLead(actor)).id;
  const event = domainEvent(orgId, { type: 'lead.created', entityType: 'Lead', entityId: lead, payload: { source: 'WEBSITE' } });
  await deliverEvent(app, event);
  const delivery = await withTenant(app.database.prisma, { orgId }, (tx) =>
    tx.webhookDelivery.findFirst({ where: { endpointId, eventId: event.id }, select: { id: true } }),
  );
  if (!delivery) throw new Error('no delivery was written');
  return encodeGlobalId('WebhookDelivery', delivery.id);
}

/** Tenant types of the webhook module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'WebhookEndpoint',
    table: 'webhook_endpoints',
    rootList: 'webhookEndpoints',
    filterable: true,
    softDelete: false,
    selection: 'id url eventTypes createdBy { id }',
    nestedTypes: ['WebhookEndpoint', 'User'],
    create: async (actor) => (await createWebhookEndpoint(actor)).id,
    update: {
      field: 'updateWebhookEndpoint',
      inputType: 'UpdateWebhookEndpointInput',
      input: (id) => ({ id, description: 'Renamed endpoint' }),
    },
    remove: idInput('deleteWebhookEndpoint'),
    references: [],
  },
  {
    typename: 'WebhookDelivery',
    table: 'webhook_deliveries',
    rootList: 'webhookDeliveries',
    filterable: true,
    softDelete: false,
    selection: 'id status body endpoint { id createdBy { id } }',
    nestedTypes: ['WebhookDelivery', 'WebhookEndpoint', 'User'],
    create: (actor, { app, org }) => createWebhookDelivery(app, actor, org.id),
    // Deliveries are never edited; redelivering one is the mutation that names one by id.
    update: idInput('redeliverWebhookDelivery'),
    references: [],
  },
];
