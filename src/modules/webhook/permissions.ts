import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (webhooks); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    webhookEndpoints: 'manageWebhooks',
    webhookDeliveries: 'manageWebhooks',
  },
  Mutation: {
    createWebhookEndpoint: 'manageWebhooks',
    updateWebhookEndpoint: 'manageWebhooks',
    deleteWebhookEndpoint: 'manageWebhooks',
    rotateWebhookEndpointSecret: 'manageWebhooks',
    redeliverWebhookDelivery: 'manageWebhooks',
  },
  nodeRead: {
    WebhookEndpoint: 'manageWebhooks',
    WebhookDelivery: 'manageWebhooks',
  },
});
