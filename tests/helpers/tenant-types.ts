/**
 * THE list of tenant GraphQL types. tests/graphql/isolation.test.ts generates its cross-tenant
 * matrix from it, and a guard test there fails when a table with org_id is missing here, so a
 * new tenant type cannot skip the matrix. Each entry says how to create one record through the
 * API, how to update / delete / restore one, and which mutations take references to other
 * records (so the matrix can hand them another organization's ids).
 */
import type { Actor, TestApp } from './app.js';

// ---------------------------------------------------------------------------------------------
// GraphQL operations used to build records.
// ---------------------------------------------------------------------------------------------

const ME = /* GraphQL */ `query Me { me { id } }`;

const DEFAULT_PIPELINE = /* GraphQL */ `
  query DefaultPipeline { pipelines(first: 1, filter: { isDefault: { equals: true } }) { edges { node { id } } } }
`;

const CREATE_COMPANY = /* GraphQL */ `
  mutation CreateCompany($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } } }
`;

const CREATE_CONTACT = /* GraphQL */ `
  mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }
`;

const CREATE_LEAD = /* GraphQL */ `
  mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }
`;

const CREATE_DEAL = /* GraphQL */ `
  mutation CreateDeal($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }
`;

const CREATE_ACTIVITY = /* GraphQL */ `
  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }
`;

const CREATE_PIPELINE = /* GraphQL */ `
  mutation CreatePipeline($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id } } }
`;

const CREATE_PIPELINE_STAGE = /* GraphQL */ `
  mutation CreatePipelineStage($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { stage { id } } }
`;

const ADD_MEMBER = /* GraphQL */ `
  mutation AddMember($input: AddMemberInput!) { addMember(input: $input) { membership { id } } }
`;

// ---------------------------------------------------------------------------------------------
// Types.
// ---------------------------------------------------------------------------------------------

export type TenantTypename = 'Company' | 'Contact' | 'Lead' | 'Deal' | 'Activity' | 'Pipeline' | 'PipelineStage' | 'Membership';

/** What a reference may point at: a tenant record, or a User (member of the other organization only). */
export type ReferenceTarget = TenantTypename | 'User';

export interface CreateEnv {
  app: TestApp;
}

/** One mutation: its root field, its input type and a builder for a minimal valid input. */
export interface MutationSpec {
  field: string;
  inputType: string;
  input(id: string): Record<string, unknown>;
}

/**
 * A mutation that makes a record of the acting organization point at a record of another
 * organization (the foreign id). `own` builds what the input also needs from the acting
 * organization (e.g. the deal that moveDealStage moves); its id reaches `input` as `ownId`.
 */
export interface ReferenceCase {
  name: string;
  target: ReferenceTarget;
  field: string;
  inputType: string;
  own?(actor: Actor, env: CreateEnv): Promise<string>;
  input(foreignId: string, ownId?: string): Record<string, unknown>;
}

export interface TenantType {
  typename: TenantTypename;
  table: string;
  /** The root connection listing this type; none for PipelineStage (listed under pipelines). */
  rootList?: string;
  /** Whether the root list takes `filter: <Typename>Filter` (with an `id` IDFilter). */
  filterable: boolean;
  /** Soft-deletable (deleted_at, `deleted` argument, delete/restore mutations). */
  softDelete: boolean;
  /** The fields to select on this type, including every relation, to look for foreign rows. */
  selection: string;
  /** Typenames that must show up in the acting organization's own deep results (proves the graph is populated). */
  nestedTypes: string[];
  /** Creates one record through the API as `actor` (in its organization); returns its global id. */
  create(actor: Actor, env: CreateEnv): Promise<string>;
  update: MutationSpec;
  /** Soft delete for soft-deletable types; hard removal (deletePipelineStage, removeMember) otherwise. */
  remove?: MutationSpec;
  restore?: MutationSpec;
  references: ReferenceCase[];
}

// ---------------------------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------------------------

let sequence = 0;
const unique = (prefix: string) => `${prefix} ${++sequence}`;

/** Runs an operation that must succeed and returns `data`. */
export async function run<T = any>(actor: Actor, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await actor.query<T>(query, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`operation failed: ${JSON.stringify(response.errors)}\n${query}`);
  }
  return response.data;
}

/** `Typename:uuid` of a Relay global id. */
export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  return { typename: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}

export const encodeGlobalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');

/** The generic document for a mutation spec: selects only the payload's __typename. */
export const mutationDocument = (spec: { field: string; inputType: string }) =>
  `mutation Run($input: ${spec.inputType}!) { ${spec.field}(input: $input) { __typename } }`;

const idInput = (field: string) => ({ field, inputType: 'IdInput', input: (id: string) => ({ id }) });

export async function currentUserId(actor: Actor): Promise<string> {
  return (await run(actor, ME)).me.id;
}

async function defaultPipelineId(actor: Actor): Promise<string> {
  const data = await run(actor, DEFAULT_PIPELINE);
  return data.pipelines.edges[0].node.id;
}

export async function createCompany(actor: Actor): Promise<string> {
  const data = await run(actor, CREATE_COMPANY, { input: { name: unique('Company'), domain: 'example.test' } });
  return data.createCompany.company.id;
}

/** A contact of a new company, owned by the actor. */
export async function createContactGraph(actor: Actor) {
  const company = await createCompany(actor);
  const data = await run(actor, CREATE_CONTACT, {
    input: { firstName: 'Grace', lastName: unique('Hopper'), companyId: company, ownerId: await currentUserId(actor) },
  });
  return { company, contact: data.createContact.contact.id as string };
}

export async function createLead(actor: Actor): Promise<string> {
  const data = await run(actor, CREATE_LEAD, {
    input: { lastName: unique('Lead'), companyName: 'Lead Co', assigneeId: await currentUserId(actor) },
  });
  return data.createLead.lead.id;
}

/** A deal in the default pipeline, linked to a new contact, its company and a new lead. */
export async function createDealGraph(actor: Actor) {
  const { company, contact } = await createContactGraph(actor);
  const lead = await createLead(actor);
  const data = await run(actor, CREATE_DEAL, {
    input: { deal: { name: unique('Deal'), value: '1000.00', ownerId: await currentUserId(actor) }, contactId: contact, companyId: company, leadId: lead },
  });
  return { company, contact, lead, deal: data.createDeal.deal.id as string };
}

/** An activity linked to a deal, its contact, company and lead. */
export async function createActivityGraph(actor: Actor) {
  const graph = await createDealGraph(actor);
  const data = await run(actor, CREATE_ACTIVITY, {
    input: { type: 'CALL', subject: unique('Call'), dealId: graph.deal, contactId: graph.contact, companyId: graph.company, leadId: graph.lead },
  });
  return { ...graph, activity: data.createActivity.activity.id as string };
}

// ---------------------------------------------------------------------------------------------
// The list.
// ---------------------------------------------------------------------------------------------

const ACTIVITY_EDGES = 'activities(first: 50) { totalCount edges { node { id deal { id } contact { id } company { id } lead { id } owner { id } } } }';
const DEAL_EDGES = 'deals(first: 50) { totalCount edges { node { id contact { id } company { id } lead { id } stage { id } pipeline { id } owner { id } } } }';

export const TENANT_TYPES: TenantType[] = [
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
        input: { name: unique('Pipeline'), stages: [{ name: 'Open', probability: 10 }, { name: 'Won', probability: 100, kind: 'WON' }] },
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
    create: async (actor, { app }) => {
      const newcomer = await app.actor('newcomer');
      const data = await run(actor, ADD_MEMBER, { input: { email: newcomer.email, role: 'MEMBER' } });
      return data.addMember.membership.id;
    },
    update: { field: 'changeMemberRole', inputType: 'ChangeMemberRoleInput', input: (id) => ({ membershipId: id, role: 'ADMIN' }) },
    remove: { field: 'removeMember', inputType: 'RemoveMemberInput', input: (id) => ({ membershipId: id }) },
    references: [],
  },
];

/** The database tables the list covers. */
export const TENANT_TABLES: string[] = TENANT_TYPES.map((type) => type.table);

export const tenantTypeByTypename = (typename: string) => TENANT_TYPES.find((type) => type.typename === typename);
