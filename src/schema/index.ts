import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import '../modules/organization/types.js';
import '../modules/organization/mutations.js';
import '../modules/organization/invitations.js';
import '../modules/pipeline/types.js';
import '../modules/pipeline/mutations.js';
import '../modules/company/types.js';
import '../modules/company/mutations.js';
import '../modules/contact/types.js';
import '../modules/contact/mutations.js';
import '../modules/lead/types.js';
import '../modules/lead/mutations.js';
import '../modules/deal/types.js';
import '../modules/deal/mutations.js';
import '../modules/activity/types.js';
import '../modules/activity/mutations.js';
import '../modules/listing/index.js';
import '../modules/appointment/index.js';
import '../modules/message/index.js';
import '../modules/automation/index.js';
import '../modules/metrics/index.js';
import '../modules/notification/index.js';
import '../modules/marketplace/index.js';
import '../modules/attachment/index.js';
// Search and the audit log come last: they extend the types of the modules above.
import '../modules/search/index.js';
import '../modules/audit/index.js';

let schema: GraphQLSchema | undefined;

/** The schema without authorization; context/tenant-door.ts guards its root fields. Built once per process. */
export function buildSchema(): GraphQLSchema {
  schema ??= lexicographicSortSchema(builder.toSchema());
  return schema;
}
