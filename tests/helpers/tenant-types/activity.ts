import { createActivityGraph, idInput, type TenantType } from '../tenant-kit.js';

export const tenantTypes: TenantType[] = [
  {
    typename: 'Activity',
    table: 'activities',
    rootList: 'activities',
    filterable: true,
    softDelete: true,
    selection: 'id deal { id stage { id } } contact { id company { id } } company { id } lead { id } owner { id }',
    nestedTypes: ['Activity', 'Deal', 'PipelineStage', 'Contact', 'Company', 'Lead', 'User'],
    create: async (actor) => (await createActivityGraph(actor)).activity,
    update: { field: 'updateActivity', inputType: 'UpdateActivityInput', input: (id) => ({ id, subject: 'Renamed call' }) },
    remove: idInput('deleteActivity'),
    restore: idInput('restoreActivity'),
    references: [
      ...(['Deal', 'Contact', 'Company', 'Lead'] as const).map((target) => ({
        name: `createActivity with ${target.toLowerCase()}Id`,
        target,
        field: 'createActivity',
        inputType: 'CreateActivityInput',
        input: (foreign: string) => ({ type: 'NOTE', subject: 'Cross', [`${target.toLowerCase()}Id`]: foreign }),
      })),
      {
        name: 'createActivity with ownerId',
        target: 'User',
        field: 'createActivity',
        inputType: 'CreateActivityInput',
        input: (foreign) => ({ type: 'NOTE', subject: 'Cross', ownerId: foreign }),
      },
      {
        name: 'updateActivity with dealId',
        target: 'Deal',
        field: 'updateActivity',
        inputType: 'UpdateActivityInput',
        own: async (actor) => (await createActivityGraph(actor)).activity,
        input: (foreign, own) => ({ id: own, dealId: foreign }),
      },
    ],
  },
];
