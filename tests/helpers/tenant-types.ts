/**
 * THE list of tenant GraphQL types. tests/graphql/isolation.test.ts generates its cross-tenant
 * matrix from it, and a guard test there fails when a table with org_id is missing here, so a
 * new tenant type cannot skip the matrix. Each entry says how to create one record through the
 * API, how to update / delete / restore one, and which mutations take references to other
 * records (so the matrix can hand them another organization's ids). The core CRM types are
 * below; each later area keeps its entries in tests/helpers/tenant-types/<area>.ts.
 */
import {
  CREATE_PIPELINE,
  CREATE_PIPELINE_STAGE,
  createCompany,
  createContactGraph,
  createLead,
  createDealGraph,
  createActivityGraph,
  defaultPipelineId,
  idInput,
  run,
  unique,
  type TenantType,
} from './tenant-kit.js';
import { invite, joinOrganization } from './invitations.js';
import { AREA_TENANT_TYPES } from './tenant-types/index.js';

export * from './tenant-kit.js';

// ---------------------------------------------------------------------------------------------
// The list.
// ---------------------------------------------------------------------------------------------

const ACTIVITY_EDGES =
  'activities(first: 50) { totalCount edges { node { id deal { id } contact { id } company { id } lead { id } owner { id } } } }';
const DEAL_EDGES =
  'deals(first: 50) { totalCount edges { node { id contact { id } company { id } lead { id } stage { id } pipeline { id } owner { id } } } }';

const CORE_TENANT_TYPES: TenantType[] = [
  {
    typename: 'Company',
    table: 'companies',
    rootList: 'companies',
    filterable: true,
    softDelete: true,
    selection: `id name contacts(first: 50) { totalCount edges { node { id company { id } owner { id } } } } ${DEAL_EDGES} ${ACTIVITY_EDGES}`,
    nestedTypes: ['Company', 'Contact', 'Deal', 'Activity', 'User'],
    create: (actor) => createCompany(actor),
    update: { field: 'updateCompany', inputType: 'UpdateCompanyInput', input: (id) => ({ id, name: 'Renamed company' }) },
    remove: idInput('deleteCompany'),
    restore: idInput('restoreCompany'),
    references: [],
  },
  {
    typename: 'Contact',
    table: 'contacts',
    rootList: 'contacts',
    filterable: true,
    softDelete: true,
    selection: `id company { id } owner { id } lastActivity { id } ${DEAL_EDGES} ${ACTIVITY_EDGES}`,
    nestedTypes: ['Contact', 'Company', 'User', 'Deal', 'Activity'],
    create: async (actor) => (await createContactGraph(actor)).contact,
    update: { field: 'updateContact', inputType: 'UpdateContactInput', input: (id) => ({ id, lastName: 'Renamed' }) },
    remove: idInput('deleteContact'),
    restore: idInput('restoreContact'),
    references: [
      {
        name: 'createContact with companyId',
        target: 'Company',
        field: 'createContact',
        inputType: 'CreateContactInput',
        input: (foreign) => ({ firstName: 'Cross', lastName: 'Tenant', companyId: foreign }),
      },
      {
        name: 'createContact with ownerId',
        target: 'User',
        field: 'createContact',
        inputType: 'CreateContactInput',
        input: (foreign) => ({ firstName: 'Cross', lastName: 'Tenant', ownerId: foreign }),
      },
      {
        name: 'updateContact with companyId',
        target: 'Company',
        field: 'updateContact',
        inputType: 'UpdateContactInput',
        own: async (actor) => (await createContactGraph(actor)).contact,
        input: (foreign, own) => ({ id: own, companyId: foreign }),
      },
    ],
  },
  {
    typename: 'Lead',
    table: 'leads',
    rootList: 'leads',
    filterable: true,
    softDelete: true,
    selection: `id assignee { id } convertedContact { id company { id } } ${DEAL_EDGES} ${ACTIVITY_EDGES}`,
    nestedTypes: ['Lead', 'User', 'Deal', 'Activity'],
    create: (actor) => createLead(actor),
    update: { field: 'updateLead', inputType: 'UpdateLeadInput', input: (id) => ({ id, lastName: 'Renamed' }) },
    remove: idInput('deleteLead'),
    restore: idInput('restoreLead'),
    references: [
      {
        name: 'createLead with assigneeId',
        target: 'User',
        field: 'createLead',
        inputType: 'CreateLeadInput',
        input: (foreign) => ({ lastName: 'Cross', assigneeId: foreign }),
      },
      {
        name: 'convertLead with companyId',
        target: 'Company',
        field: 'convertLead',
        inputType: 'ConvertLeadInput',
        own: (actor) => createLead(actor),
        input: (foreign, own) => ({ leadId: own, companyId: foreign }),
      },
    ],
  },
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
  {
    typename: 'Membership',
    table: 'memberships',
    rootList: 'members',
    filterable: false,
    softDelete: false,
    selection: 'id role user { id } organization { id }',
    nestedTypes: ['Membership', 'User', 'Organization'],
    create: async (actor, { app }) => joinOrganization(actor, await app.actor('newcomer'), 'MEMBER'),
    update: { field: 'changeMemberRole', inputType: 'ChangeMemberRoleInput', input: (id) => ({ membershipId: id, role: 'ADMIN' }) },
    remove: { field: 'removeMember', inputType: 'RemoveMemberInput', input: (id) => ({ membershipId: id }) },
    references: [],
  },
  {
    typename: 'Invitation',
    table: 'invitations',
    rootList: 'invitations',
    filterable: true,
    softDelete: false,
    selection: 'id email role status expiresAt invitedBy { id }',
    nestedTypes: ['Invitation', 'User'],
    create: (actor) => invite(actor, `${unique('invitee').replace(' ', '-')}@example.test`, 'VIEWER'),
    // Revoking is the one change an invitation takes (it is never edited or deleted).
    update: { field: 'revokeInvitation', inputType: 'RevokeInvitationInput', input: (id) => ({ invitationId: id }) },
    references: [],
  },
];

export const TENANT_TYPES: TenantType[] = [...CORE_TENANT_TYPES, ...AREA_TENANT_TYPES];

/** The database tables the list covers (each type's table and its child tables). */
export const TENANT_TABLES: string[] = TENANT_TYPES.flatMap((type) => [type.table, ...(type.childTables ?? [])]);

export const tenantTypeByTypename = (typename: string) => TENANT_TYPES.find((type) => type.typename === typename);
