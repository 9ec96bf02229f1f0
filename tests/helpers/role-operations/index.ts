import type { OperationSet } from '../role-fixtures.js';
import { operations as core } from './core.js';
import { operations as appointment } from './appointment.js';
import { operations as attachment } from './attachment.js';
import { operations as audit } from './audit.js';
import { operations as automation } from './automation.js';
import { operations as listing } from './listing.js';
import { operations as marketplace } from './marketplace.js';
import { operations as message } from './message.js';
import { operations as metrics } from './metrics.js';
import { operations as notification } from './notification.js';
import { operations as search } from './search.js';

/** Every area's role-matrix operations. */
export const AREA_OPERATIONS: OperationSet[] = [
  listing,
  appointment,
  message,
  automation,
  metrics,
  notification,
  marketplace,
  attachment,
  search,
  audit,
];

/** Every root field's operation: the core ones and every area's. roles.test.ts runs each as every caller. */
export const ROLE_OPERATIONS: OperationSet = {
  Query: Object.assign({}, core.Query, ...AREA_OPERATIONS.map((set) => set.Query)),
  Mutation: Object.assign({}, core.Mutation, ...AREA_OPERATIONS.map((set) => set.Mutation)),
};
