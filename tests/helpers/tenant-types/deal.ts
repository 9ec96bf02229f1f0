import { createDealGraph, idInput, type TenantType } from '../tenant-kit.js';

const ACTIVITY_EDGES =
  'activities(first: 50) { totalCount edges { node { id deal { id } contact { id } company { id } lead { id } owner { id } } } }';

export const tenantTypes: TenantType[] = [
  {
    typename: 'Deal',
    table: 'deals',
    rootList: 'deals',
    filterable: true,
    softDelete: true,
    selection: `id pipeline { id stages { id } } stage { id pipeline { id } } contact { id company { id } } company { id } lead { id } owner { id } lastActivity { id } ${ACTIVITY_EDGES}`,
    nestedTypes: ['Deal', 'Pipeline', 'PipelineStage', 'Contact', 'Company', 'Lead', 'User', 'Activity'],
    create: async (actor) => (await createDealGraph(actor)).deal,
    update: { field: 'updateDeal', inputType: 'UpdateDealInput', input: (id) => ({ id, name: 'Renamed deal' }) },
    remove: idInput('deleteDeal'),
    restore: idInput('restoreDeal'),
    references: [
      {
        name: 'createDeal with contactId',
        target: 'Contact',
        field: 'createDeal',
        inputType: 'CreateDealInput',
        input: (foreign) => ({ deal: { name: 'Cross' }, contactId: foreign }),
      },
      {
        name: 'createDeal with companyId',
        target: 'Company',
        field: 'createDeal',
        inputType: 'CreateDealInput',
        input: (foreign) => ({ deal: { name: 'Cross' }, companyId: foreign }),
      },
      {
        name: 'createDeal with leadId',
        target: 'Lead',
        field: 'createDeal',
        inputType: 'CreateDealInput',
        input: (foreign) => ({ deal: { name: 'Cross' }, leadId: foreign }),
      },
      {
        name: 'createDeal with stageId',
        target: 'PipelineStage',
        field: 'createDeal',
        inputType: 'CreateDealInput',
        input: (foreign) => ({ deal: { name: 'Cross', stageId: foreign } }),
      },
      {
        name: 'createDeal with pipelineId',
        target: 'Pipeline',
        field: 'createDeal',
        inputType: 'CreateDealInput',
        input: (foreign) => ({ deal: { name: 'Cross', pipelineId: foreign } }),
      },
      {
        name: 'createDeal with ownerId',
        target: 'User',
        field: 'createDeal',
        inputType: 'CreateDealInput',
        input: (foreign) => ({ deal: { name: 'Cross', ownerId: foreign } }),
      },
      {
        name: 'updateDeal with contactId',
        target: 'Contact',
        field: 'updateDeal',
        inputType: 'UpdateDealInput',
        own: async (actor) => (await createDealGraph(actor)).deal,
        input: (foreign, own) => ({ id: own, contactId: foreign }),
      },
      {
        name: 'updateDeal with companyId',
        target: 'Company',
        field: 'updateDeal',
        inputType: 'UpdateDealInput',
        own: async (actor) => (await createDealGraph(actor)).deal,
        input: (foreign, own) => ({ id: own, companyId: foreign }),
      },
      {
        name: 'moveDealStage to a stage',
        target: 'PipelineStage',
        field: 'moveDealStage',
        inputType: 'MoveDealStageInput',
        own: async (actor) => (await createDealGraph(actor)).deal,
        input: (foreign, own) => ({ dealId: own, stageId: foreign }),
      },
    ],
  },
];
