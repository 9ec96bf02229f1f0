import { CREATE_PIPELINE, restore, softDelete, tag, type OperationSet } from '../role-fixtures.js';

/** Role-matrix operations of the pipeline module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    pipelines: { query: '{ pipelines(first: 1) { totalCount } }' },
  },
  Mutation: {
    createPipeline: {
      query: CREATE_PIPELINE,
      variables: async () => ({ input: { name: `New pipeline ${tag()}`, stages: [{ name: 'Only', probability: 20 }] } }),
    },
    updatePipeline: {
      query: 'mutation ($input: UpdatePipelineInput!) { updatePipeline(input: $input) { pipeline { id } } }',
      variables: async (fx) => ({ input: { id: (await fx.pipeline()).id, name: 'Renamed' } }),
    },
    deletePipeline: { query: softDelete('Pipeline'), variables: async (fx) => ({ input: { id: (await fx.pipeline()).id } }) },
    restorePipeline: { query: restore('Pipeline'), variables: async (fx) => ({ input: { id: await fx.deleted('Pipeline') } }) },
    createPipelineStage: {
      query: 'mutation ($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { stage { id } } }',
      variables: async (fx) => ({ input: { pipelineId: (await fx.pipeline()).id, name: 'Extra', probability: 30 } }),
    },
    updatePipelineStage: {
      query: 'mutation ($input: UpdatePipelineStageInput!) { updatePipelineStage(input: $input) { stage { id } } }',
      variables: async (fx) => ({ input: { id: (await fx.pipeline()).stages[0]!.id, name: 'Renamed', probability: 15 } }),
    },
    deletePipelineStage: {
      query: 'mutation ($input: IdInput!) { deletePipelineStage(input: $input) { stage { id } } }',
      variables: async (fx) => ({ input: { id: (await fx.pipeline()).stages[1]!.id } }),
    },
  },
};
