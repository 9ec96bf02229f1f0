import type { OperationSet } from '../role-fixtures.js';

/** Role-matrix operations of the audit module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    auditLog: {
      query:
        'query ($filter: AuditEntryFilter) { auditLog(first: 5, filter: $filter) { totalCount edges { node { id action changes { field } } } } }',
      variables: async (fx) => ({ filter: { recordId: { equals: await fx.company() } } }),
    },
  },
  Mutation: {},
};
