import type { Fixtures, OperationSet } from '../role-fixtures.js';
import { CREATE_WEBHOOK_ENDPOINT, createWebhookDelivery } from '../tenant-types/webhook.js';

const newEndpoint = () => ({ input: { url: 'https://hooks.example.test/roles', eventTypes: ['deal.won', 'lead.created'] } });

/** A fresh endpoint created by the OWNER; returns its global id. */
const endpoint = async (fx: Fixtures) =>
  (await fx.must(CREATE_WEBHOOK_ENDPOINT, newEndpoint())).createWebhookEndpoint.webhookEndpoint.id as string;

/** One endpoint per run for the calls that keep it (an organization has at most 20). */
const shared = new WeakMap<Fixtures, Promise<string>>();
const sharedEndpoint = (fx: Fixtures) => {
  let id = shared.get(fx);
  if (!id) shared.set(fx, (id = endpoint(fx)));
  return id;
};

/** Role-matrix operations of the webhook module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    webhookEndpoints: { query: '{ webhookEndpoints(first: 1) { totalCount } }' },
    webhookDeliveries: { query: '{ webhookDeliveries(first: 1) { totalCount } }' },
  },
  Mutation: {
    createWebhookEndpoint: { query: CREATE_WEBHOOK_ENDPOINT, variables: async () => newEndpoint() },
    updateWebhookEndpoint: {
      query: 'mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { webhookEndpoint { id } } }',
      variables: async (fx) => ({ input: { id: await sharedEndpoint(fx), enabled: true } }),
    },
    deleteWebhookEndpoint: {
      query: 'mutation ($input: IdInput!) { deleteWebhookEndpoint(input: $input) { deletedWebhookEndpointId } }',
      variables: async (fx) => ({ input: { id: await endpoint(fx) } }),
    },
    rotateWebhookEndpointSecret: {
      query: 'mutation ($input: IdInput!) { rotateWebhookEndpointSecret(input: $input) { secret webhookEndpoint { id } } }',
      variables: async (fx) => ({ input: { id: await sharedEndpoint(fx) } }),
    },
    redeliverWebhookDelivery: {
      query: 'mutation ($input: IdInput!) { redeliverWebhookDelivery(input: $input) { webhookDelivery { id status } } }',
      variables: async (fx) => ({ input: { id: await createWebhookDelivery(fx.app, fx.owner, fx.owner.orgId!) } }),
    },
  },
};
