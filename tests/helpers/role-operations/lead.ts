import { CREATE_LEAD, crudOperations, tag, type OperationSet } from '../role-fixtures.js';

/** Role-matrix operations of the lead module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    leads: { query: '{ leads(first: 1) { totalCount } }' },
  },
  Mutation: {
    ...crudOperations(
      'Lead',
      { query: CREATE_LEAD, variables: async () => ({ input: { lastName: `New lead ${tag()}` } }) },
      (id) => ({ id, lastName: 'Renamed' }),
      (fx) => fx.lead(),
    ),
    convertLead: {
      query: 'mutation ($input: ConvertLeadInput!) { convertLead(input: $input) { lead { id status } contact { id } } }',
      variables: async (fx) => ({ input: { leadId: await fx.lead() } }),
    },
  },
};
