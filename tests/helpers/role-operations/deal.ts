import { CREATE_DEAL, crudOperations, tag, type OperationSet } from '../role-fixtures.js';

/** Role-matrix operations of the deal module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    deals: { query: '{ deals(first: 1) { totalCount } }' },
  },
  Mutation: {
    ...crudOperations(
      'Deal',
      { query: CREATE_DEAL, variables: async () => ({ input: { deal: { name: `New deal ${tag()}` } } }) },
      (id) => ({ id, name: 'Renamed' }),
      (fx) => fx.deal(),
    ),
    moveDealStage: {
      query: 'mutation ($input: MoveDealStageInput!) { moveDealStage(input: $input) { deal { id } activity { id } } }',
      variables: async (fx) => ({ input: { dealId: await fx.deal(), stageId: fx.targetStageId } }),
    },
  },
};
