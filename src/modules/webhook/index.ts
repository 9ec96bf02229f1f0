// The webhook module (endpoints, signed deliveries, the delivery log): its role-matrix slice, types, queries and mutations. Loaded once by src/modules/index.ts.
// The queue's side (createWebhookDeliveries, deliverWebhook) is in deliveries.ts.
import './permissions.js';
import './types.js';
import './queries.js';
import './mutations.js';
