import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from '../schema/builder.js';
import '../schema/scalars.js';

// The module registry: one line per module. Each module adds its types and root fields to the
// schema builder and its slice of the role matrix (auth/permissions.ts) when it is loaded; this
// file sits above them all, so nothing below it imports a module it does not build on.
import './organization/index.js';
import './api-key/index.js';
import './trusted-document/index.js';
import './pipeline/index.js';
import './company/index.js';
import './contact/index.js';
import './lead/index.js';
import './deal/index.js';
import './activity/index.js';
import './listing/index.js';
import './appointment/index.js';
import './message/index.js';
import './automation/index.js';
import './metrics/index.js';
import './notification/index.js';
import './marketplace/index.js';
import './attachment/index.js';
import './image/index.js';
import './webhook/index.js';
import './custom-field/index.js';
import './import/index.js';
// Search and the audit log come last: they extend the types of the modules above.
import './search/index.js';
import './audit/index.js';

let schema: GraphQLSchema | undefined;

/** The schema without authorization; context/tenant-door.ts guards its root fields. Built once per process. */
export function buildSchema(): GraphQLSchema {
  schema ??= lexicographicSortSchema(builder.toSchema());
  return schema;
}
