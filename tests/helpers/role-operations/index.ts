/**
 * THE role matrix's operations, one slice per module (tests/helpers/role-operations/<module>.ts,
 * mirroring src/modules/; schema.ts for the root fields src/schema adds itself: node, nodes).
 * tests/graphql/roles.test.ts runs each as every kind of caller, and fails when a root field has
 * no operation here.
 */
import type { OperationSet } from '../role-fixtures.js';
import { operations as schema } from './schema.js';
import { operations as organization } from './organization.js';
import { operations as apiKey } from './api-key.js';
import { operations as trustedDocument } from './trusted-document.js';
import { operations as pipeline } from './pipeline.js';
import { operations as company } from './company.js';
import { operations as contact } from './contact.js';
import { operations as lead } from './lead.js';
import { operations as deal } from './deal.js';
import { operations as activity } from './activity.js';
import { operations as listing } from './listing.js';
import { operations as appointment } from './appointment.js';
import { operations as message } from './message.js';
import { operations as automation } from './automation.js';
import { operations as metrics } from './metrics.js';
import { operations as notification } from './notification.js';
import { operations as marketplace } from './marketplace.js';
import { operations as attachment } from './attachment.js';
import { operations as image } from './image.js';
import { operations as webhook } from './webhook.js';
import { operations as customField } from './custom-field.js';
import { operations as importModule } from './import.js';
import { operations as search } from './search.js';
import { operations as audit } from './audit.js';

/** Every slice, in the order of the module registry (src/modules/index.ts). */
export const OPERATION_SLICES: OperationSet[] = [
  schema,
  organization,
  apiKey,
  trustedDocument,
  pipeline,
  company,
  contact,
  lead,
  deal,
  activity,
  listing,
  appointment,
  message,
  automation,
  metrics,
  notification,
  marketplace,
  attachment,
  image,
  webhook,
  customField,
  importModule,
  search,
  audit,
];

/** Merges the slices; a root field in two of them is a mistake (one would silently win): refused. */
function merge(rootType: keyof OperationSet): OperationSet[keyof OperationSet] {
  const merged: OperationSet[keyof OperationSet] = {};
  for (const slice of OPERATION_SLICES) {
    for (const [field, operation] of Object.entries(slice[rootType])) {
      if (Object.hasOwn(merged, field)) throw new Error(`${rootType}.${field} has an operation in two slices`);
      merged[field] = operation;
    }
  }
  return merged;
}

/** Every root field's operation. roles.test.ts runs each as every caller. */
export const ROLE_OPERATIONS: OperationSet = { Query: merge('Query'), Mutation: merge('Mutation') };
