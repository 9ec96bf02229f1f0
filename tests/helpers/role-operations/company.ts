import { CREATE_COMPANY, crudOperations, tag, type OperationSet } from '../role-fixtures.js';

/** Role-matrix operations of the company module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    companies: { query: '{ companies(first: 1) { totalCount } }' },
  },
  Mutation: {
    ...crudOperations(
      'Company',
      { query: CREATE_COMPANY, variables: async () => ({ input: { name: `New company ${tag()}` } }) },
      (id) => ({ id, name: 'Renamed' }),
      (fx) => fx.company(),
    ),
  },
};
