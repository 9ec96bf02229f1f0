import { z } from 'zod';
import { DOMAIN_EVENT_TYPES, PRIVATE_EVENT_TYPES, type DomainEventType } from '../../events/types.js';
import { builder } from '../../schema/builder.js';
import { given, globalId, omittable, optionalText, type InputFields } from '../../schema/validation.js';

/** The events an endpoint may subscribe to: every domain event but the private ones (a member's notification). */
export const WEBHOOK_EVENT_TYPES: readonly DomainEventType[] = DOMAIN_EVENT_TYPES.filter((type) => !PRIVATE_EVENT_TYPES.has(type));

const EVENT_TYPES_HELP = `At least one of: ${WEBHOOK_EVENT_TYPES.join(', ')}.`;
const URL_HELP =
  'http(s), at most 2048 characters, no user name or password. With WEBHOOK_ALLOW_PRIVATE_URLS=false (the production default) ' +
  'it must be https and its host must be, and resolve only to, public addresses.';

function endpointFields<Create extends boolean>(f: InputFields, create: Create) {
  return {
    url: f.string({ required: create, description: URL_HELP }),
    eventTypes: f.stringList({ required: create, description: EVENT_TYPES_HELP }),
    description: f.string({ description: 'At most 500 characters; null or blank clears it.' }),
  };
}

export const CreateWebhookEndpointInput = builder.inputType('CreateWebhookEndpointInput', {
  fields: (f) => endpointFields(f, true),
});
export const UpdateWebhookEndpointInput = builder.inputType('UpdateWebhookEndpointInput', {
  fields: (f) => ({
    id: f.id({ required: true }),
    ...endpointFields(f, false),
    enabled: f.boolean({ description: 'false stops new deliveries; PENDING ones fail when their turn comes.' }),
  }),
});

/** Known, public event types; blanks trimmed, duplicates counted once, at least one. */
const eventTypes = z.array(z.string()).transform((values, ctx): DomainEventType[] => {
  const known = new Set<string>(WEBHOOK_EVENT_TYPES);
  const types = [...new Set(values.map((value) => value.trim()))];
  const unknown = types.find((type) => !known.has(type));
  if (unknown !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `{field}: "${unknown.slice(0, 100)}" is not a webhook event type; one of ${WEBHOOK_EVENT_TYPES.join(', ')}`,
    });
    return z.NEVER;
  }
  if (types.length === 0) {
    ctx.addIssue({ code: 'custom', message: '{field} needs at least one event type' });
    return z.NEVER;
  }
  return types.filter((type): type is DomainEventType => known.has(type));
});

// The URL is checked by the service (url-policy.ts): the rules depend on the configuration and on DNS.
const url = z.string();

export const createWebhookEndpointSchema = z.object({
  url,
  eventTypes,
  description: optionalText(500),
});
export const updateWebhookEndpointSchema = z.object({
  id: globalId('WebhookEndpoint'),
  url: omittable(url),
  eventTypes: omittable(eventTypes),
  description: optionalText(500),
  enabled: omittable(given<boolean>()),
});
export type CreateWebhookEndpoint = z.output<typeof createWebhookEndpointSchema>;
export type UpdateWebhookEndpoint = z.output<typeof updateWebhookEndpointSchema>;
