/**
 * THE list of tenant GraphQL types, one slice per module (tests/helpers/tenant-types/<module>.ts,
 * mirroring src/modules/). tests/graphql/isolation.test.ts generates its cross-tenant matrix from
 * it, and a guard test there fails when a table with org_id is missing here, so a new tenant
 * type cannot skip the matrix. Each entry says how to create one record through the API, how to
 * update / delete / restore one, and which mutations take references to other records (so the
 * matrix can hand them another organization's ids).
 */
import type { TenantType } from '../tenant-kit.js';
import { tenantTypes as organization } from './organization.js';
import { tenantTypes as apiKey } from './api-key.js';
import { tenantTypes as trustedDocument } from './trusted-document.js';
import { tenantTypes as pipeline } from './pipeline.js';
import { tenantTypes as company } from './company.js';
import { tenantTypes as contact } from './contact.js';
import { tenantTypes as lead } from './lead.js';
import { tenantTypes as deal } from './deal.js';
import { tenantTypes as activity } from './activity.js';
import { tenantTypes as listing } from './listing.js';
import { tenantTypes as appointment } from './appointment.js';
import { tenantTypes as message } from './message.js';
import { tenantTypes as automation } from './automation.js';
import { tenantTypes as metrics } from './metrics.js';
import { tenantTypes as notification } from './notification.js';
import { tenantTypes as marketplace } from './marketplace.js';
import { tenantTypes as attachment } from './attachment.js';
import { tenantTypes as webhook } from './webhook.js';
import { tenantTypes as customField } from './custom-field.js';
import { tenantTypes as importModule } from './import.js';
import { tenantTypes as audit } from './audit.js';

export * from '../tenant-kit.js';

export const TENANT_TYPES: TenantType[] = [
  ...organization,
  ...apiKey,
  ...trustedDocument,
  ...pipeline,
  ...company,
  ...contact,
  ...lead,
  ...deal,
  ...activity,
  ...listing,
  ...appointment,
  ...message,
  ...automation,
  ...metrics,
  ...notification,
  ...marketplace,
  ...attachment,
  ...webhook,
  ...customField,
  ...importModule,
  ...audit,
];

/**
 * Tenant tables that no GraphQL type exposes, so the matrix has nothing to call on them; each
 * names the test that proves its isolation.
 */
const UNEXPOSED_TENANT_TABLES = [
  // Idempotency-Key responses: RLS per organization and user, tests/graphql/idempotency.
  'idempotency_keys',
  // The e-mail outbox (src/email): no GraphQL type; RLS per organization, tests/email/outbox.test.ts.
  'email_outbox',
  // The outbox of domain events: RLS per organization, read-only for the API (tests/db/events.test.ts);
  // what reaches subscribers: tests/realtime and the subscriptions of tests/graphql/isolation.test.ts.
  'events',
];

/** The database tables the list covers (each type's table and its child tables, and the unexposed ones). */
export const TENANT_TABLES: string[] = [
  ...TENANT_TYPES.flatMap((type) => [type.table, ...(type.childTables ?? [])]),
  ...UNEXPOSED_TENANT_TABLES,
];

export const tenantTypeByTypename = (typename: string) => TENANT_TYPES.find((type) => type.typename === typename);
