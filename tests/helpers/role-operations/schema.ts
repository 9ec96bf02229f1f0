import type { OperationSet } from '../role-fixtures.js';

/**
 * Role-matrix operations of the root fields no module owns: node and nodes, which the Relay plugin
 * adds and src/schema/builder.ts puts in the matrix. One minimal, valid call per root field.
 */
export const operations: OperationSet = {
  Query: {
    node: { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: async (fx) => ({ id: fx.sharedContactId }) },
    nodes: {
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: async (fx) => ({ ids: [fx.sharedContactId, fx.sharedCompanyId] }),
    },
  },
  Mutation: {},
};
