import { builder } from '../../schema/builder.js';
import { IdInput, payloadType } from '../../schema/resource.js';
import { idInputSchema, parseInput } from '../../schema/validation.js';
import {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  createWebhookEndpointSchema,
  updateWebhookEndpointSchema,
} from './inputs.js';
import * as service from './service.js';
import { WebhookDeliveryType, WebhookEndpointType } from './types.js';

const SECRET_DESCRIPTION =
  'The signing secret (whsec_ and base64), shown this once: store it now. Every delivery carries webhook-signature: ' +
  'v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>"> keyed with the base64-decoded part after whsec_ ' +
  "(Standard Webhooks; its libraries' Webhook(secret).verify does the check).";

const EndpointWithSecretPayload = (name: string) =>
  builder.objectRef<{ secret: string; webhookEndpoint: { id: string } }>(name).implement({
    fields: (t) => ({
      secret: t.exposeString('secret', { description: SECRET_DESCRIPTION }),
      webhookEndpoint: t.field({ type: WebhookEndpointType, resolve: (payload) => payload.webhookEndpoint }),
    }),
  });

builder.mutationField('createWebhookEndpoint', (t) =>
  t.field({
    type: EndpointWithSecretPayload('CreateWebhookEndpointPayload'),
    description:
      "Registers a URL that receives the organization's events of the given types, signed with a new secret returned only " +
      'here. At most 20 per organization. ADMIN and OWNER.',
    args: { input: t.arg({ required: true, type: CreateWebhookEndpointInput }) },
    resolve: (_root, { input }, ctx) => service.createWebhookEndpoint(ctx, parseInput(createWebhookEndpointSchema, input)),
  }),
);

builder.mutationField('updateWebhookEndpoint', (t) =>
  t.field({
    type: payloadType('UpdateWebhookEndpointPayload', WebhookEndpointType, 'webhookEndpoint'),
    description: 'Changes the given fields; omitted fields stay. A new url is checked as on creation.',
    args: { input: t.arg({ required: true, type: UpdateWebhookEndpointInput }) },
    resolve: async (_root, { input }, ctx) => ({
      webhookEndpoint: await service.updateWebhookEndpoint(ctx, parseInput(updateWebhookEndpointSchema, input)),
    }),
  }),
);

const DeleteWebhookEndpointPayload = builder.objectRef<{ deletedWebhookEndpointId: string }>('DeleteWebhookEndpointPayload').implement({
  fields: (t) => ({ deletedWebhookEndpointId: t.exposeID('deletedWebhookEndpointId') }),
});

builder.mutationField('deleteWebhookEndpoint', (t) =>
  t.field({
    type: DeleteWebhookEndpointPayload,
    description:
      'Removes an endpoint for good, with its secret and its delivery log; deliveries still queued are dropped. Not idempotent: a second call is NOT_FOUND.',
    args: { input: t.arg({ required: true, type: IdInput }) },
    resolve: async (_root, { input }, ctx) => {
      await service.deleteWebhookEndpoint(ctx, parseInput(idInputSchema('WebhookEndpoint'), input).id);
      return { deletedWebhookEndpointId: String(input.id) };
    },
  }),
);

builder.mutationField('rotateWebhookEndpointSecret', (t) =>
  t.field({
    type: EndpointWithSecretPayload('RotateWebhookEndpointSecretPayload'),
    description: 'Replaces the signing secret; deliveries signed after this commits use the new one, returned only here.',
    args: { input: t.arg({ required: true, type: IdInput }) },
    resolve: (_root, { input }, ctx) => service.rotateWebhookEndpointSecret(ctx, parseInput(idInputSchema('WebhookEndpoint'), input).id),
  }),
);

builder.mutationField('redeliverWebhookDelivery', (t) =>
  t.field({
    type: payloadType('RedeliverWebhookDeliveryPayload', WebhookDeliveryType, 'webhookDelivery'),
    description:
      'Sends a delivery again: a new PENDING delivery of the same event and body to the same (enabled) endpoint, with a new webhook-id.',
    args: { input: t.arg({ required: true, type: IdInput }) },
    resolve: async (_root, { input }, ctx) => ({
      webhookDelivery: await service.redeliverWebhookDelivery(ctx, parseInput(idInputSchema('WebhookDelivery'), input).id),
    }),
  }),
);
