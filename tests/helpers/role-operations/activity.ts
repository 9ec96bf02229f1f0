import { CREATE_ACTIVITY, crudOperations, tag, type OperationSet } from '../role-fixtures.js';

/** Role-matrix operations of the activity module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    activities: { query: '{ activities(first: 1) { totalCount } }' },
  },
  Mutation: {
    ...crudOperations(
      'Activity',
      { query: CREATE_ACTIVITY, variables: async () => ({ input: { type: 'CALL', subject: `New call ${tag()}` } }) },
      (id) => ({ id, subject: 'Renamed' }),
      (fx) => fx.activity(),
    ),
  },
};
