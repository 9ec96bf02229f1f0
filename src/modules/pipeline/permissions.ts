import { definePermissions } from '../../auth/permissions.js';

/** The role matrix for this module's root fields (pipelines and their stages); README "Roles" is rendered from all of them. */
export const permissions = definePermissions({
  Query: {
    pipelines: 'read',
  },
  Mutation: {
    createPipeline: 'managePipelines',
    updatePipeline: 'managePipelines',
    deletePipeline: 'managePipelines',
    restorePipeline: 'managePipelines',
    createPipelineStage: 'managePipelines',
    updatePipelineStage: 'managePipelines',
    deletePipelineStage: 'managePipelines',
  },
});
