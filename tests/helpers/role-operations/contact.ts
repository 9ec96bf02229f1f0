import { CREATE_CONTACT, crudOperations, tag, type OperationSet } from '../role-fixtures.js';

/** Role-matrix operations of the contact module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    contacts: { query: '{ contacts(first: 1) { totalCount } }' },
  },
  Mutation: {
    ...crudOperations(
      'Contact',
      { query: CREATE_CONTACT, variables: async () => ({ input: { firstName: 'New', lastName: `Contact ${tag()}` } }) },
      (id) => ({ id, lastName: 'Renamed' }),
      (fx) => fx.contact(),
    ),
  },
};
