import type { OperationSet } from '../role-fixtures.js';

/** Role-matrix operations of the search module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    search: {
      query:
        'query ($query: String!) { search(query: $query, first: 5) { totalCount edges { score node { __typename ... on Contact { id } } } } }',
      // The shared contact of role-fixtures.ts is "Shared Contact".
      variables: async () => ({ query: 'Shared Contact' }),
    },
  },
  Mutation: {},
};
