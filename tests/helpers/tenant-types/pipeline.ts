import { CREATE_PIPELINE, CREATE_PIPELINE_STAGE, defaultPipelineId, idInput, run, unique, type TenantType } from '../tenant-kit.js';

export const tenantTypes: TenantType[] = [
  {
    typename: 'Pipeline',
    table: 'pipelines',
    rootList: 'pipelines',
    filterable: true,
    softDelete: true,
    selection: 'id name stages { id pipeline { id } }',
    nestedTypes: ['Pipeline', 'PipelineStage'],
    create: async (actor) => {
      const data = await run(actor, CREATE_PIPELINE, {
        input: {
          name: unique('Pipeline'),
          stages: [
            { name: 'Open', probability: 10 },
            { name: 'Won', probability: 100, kind: 'WON' },
          ],
        },
      });
      return data.createPipeline.pipeline.id;
    },
    update: { field: 'updatePipeline', inputType: 'UpdatePipelineInput', input: (id) => ({ id, name: 'Renamed pipeline' }) },
    remove: idInput('deletePipeline'),
    restore: idInput('restorePipeline'),
    references: [],
  },
  {
    typename: 'PipelineStage',
    table: 'pipeline_stages',
    filterable: false,
    softDelete: false,
    selection: 'id name pipeline { id stages { id } }',
    nestedTypes: ['PipelineStage', 'Pipeline'],
    // An empty stage of a pipeline with other stages: deletePipelineStage would accept it.
    create: async (actor) => {
      const data = await run(actor, CREATE_PIPELINE_STAGE, {
        input: { pipelineId: await defaultPipelineId(actor), name: unique('Stage'), probability: 40 },
      });
      return data.createPipelineStage.stage.id;
    },
    update: { field: 'updatePipelineStage', inputType: 'UpdatePipelineStageInput', input: (id) => ({ id, name: 'Renamed stage' }) },
    remove: idInput('deletePipelineStage'),
    references: [
      {
        name: 'createPipelineStage with pipelineId',
        target: 'Pipeline',
        field: 'createPipelineStage',
        inputType: 'CreatePipelineStageInput',
        input: (foreign) => ({ pipelineId: foreign, name: 'Cross', probability: 5 }),
      },
    ],
  },
];
