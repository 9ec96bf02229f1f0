/**
 * The role matrix's operations for the core root fields (organizations, members, invitations and
 * the CRM records); each area keeps its own in ./<area>.ts. See tests/helpers/role-fixtures.ts.
 */
import { ACCEPT_INVITATION, INVITE_MEMBER, REVOKE_INVITATION } from '../invitations.js';
import {
  CHANGE_MEMBER_ROLE,
  CREATE_ACTIVITY,
  CREATE_COMPANY,
  CREATE_CONTACT,
  CREATE_DEAL,
  CREATE_LEAD,
  CREATE_PIPELINE,
  REMOVE_MEMBER,
  restore,
  softDelete,
  tag,
  type Fixtures,
  type Operation,
  type OperationSet,
  type Variables,
} from '../role-fixtures.js';

const crudOperations = (
  type: 'Company' | 'Contact' | 'Lead' | 'Deal' | 'Activity',
  create: Operation,
  update: (id: string) => Variables,
  existing: (fx: Fixtures) => Promise<string>,
): Record<string, Operation> => ({
  [`create${type}`]: create,
  [`update${type}`]: {
    query: `mutation ($input: Update${type}Input!) { update${type}(input: $input) { ${type[0]!.toLowerCase() + type.slice(1)} { id } } }`,
    variables: async (fx) => ({ input: update(await existing(fx)) }),
  },
  [`delete${type}`]: { query: softDelete(type), variables: async (fx) => ({ input: { id: await existing(fx) } }) },
  [`restore${type}`]: { query: restore(type), variables: async (fx) => ({ input: { id: await fx.deleted(type) } }) },
});

export const operations: OperationSet = {
  Query: {
    me: { query: '{ me { id } }' },
    organizations: { query: '{ organizations(first: 5) { totalCount } }' },
    organization: { query: '{ organization { id name } }' },
    node: { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: async (fx) => ({ id: fx.sharedContactId }) },
    nodes: {
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: async (fx) => ({ ids: [fx.sharedContactId, fx.sharedCompanyId] }),
    },
    members: { query: '{ members(first: 10) { totalCount } }' },
    invitations: { query: '{ invitations(first: 10) { totalCount } }' },
    companies: { query: '{ companies(first: 1) { totalCount } }' },
    contacts: { query: '{ contacts(first: 1) { totalCount } }' },
    leads: { query: '{ leads(first: 1) { totalCount } }' },
    pipelines: { query: '{ pipelines(first: 1) { totalCount } }' },
    deals: { query: '{ deals(first: 1) { totalCount } }' },
    activities: { query: '{ activities(first: 1) { totalCount } }' },
  },
  Mutation: {
    createOrganization: {
      query: 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
      variables: async () => ({ input: { name: `Roles side org ${tag()}` } }),
    },
    updateOrganization: {
      query: 'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id name } } }',
      variables: async () => ({ input: { name: `Roles ${tag()}` } }),
    },
    inviteMember: {
      query: INVITE_MEMBER,
      variables: async () => ({ input: { email: `roles.invitee.${tag()}@example.test`, role: 'VIEWER' } }),
    },
    revokeInvitation: { query: REVOKE_INVITATION, variables: async (fx) => ({ input: { invitationId: await fx.invitation() } }) },
    // Every signed-in caller may accept an invitation addressed to them, in an organization they
    // have not joined yet (the fixtures' side organization); denied callers get a stranger's.
    acceptInvitation: {
      query: ACCEPT_INVITATION,
      variables: async (fx, caller) => ({
        input: { invitationId: await fx.sideInvitation(caller?.email ?? `stranger.${tag()}@example.test`) },
      }),
    },
    changeMemberRole: {
      query: CHANGE_MEMBER_ROLE,
      variables: async (fx) => ({ input: { membershipId: await fx.membership('VIEWER'), role: 'MEMBER' } }),
    },
    removeMember: { query: REMOVE_MEMBER, variables: async (fx) => ({ input: { membershipId: await fx.membership('VIEWER') } }) },
    ...crudOperations(
      'Company',
      { query: CREATE_COMPANY, variables: async () => ({ input: { name: `New company ${tag()}` } }) },
      (id) => ({ id, name: 'Renamed' }),
      (fx) => fx.company(),
    ),
    ...crudOperations(
      'Contact',
      { query: CREATE_CONTACT, variables: async () => ({ input: { firstName: 'New', lastName: `Contact ${tag()}` } }) },
      (id) => ({ id, lastName: 'Renamed' }),
      (fx) => fx.contact(),
    ),
    ...crudOperations(
      'Lead',
      { query: CREATE_LEAD, variables: async () => ({ input: { lastName: `New lead ${tag()}` } }) },
      (id) => ({ id, lastName: 'Renamed' }),
      (fx) => fx.lead(),
    ),
    ...crudOperations(
      'Deal',
      { query: CREATE_DEAL, variables: async () => ({ input: { deal: { name: `New deal ${tag()}` } } }) },
      (id) => ({ id, name: 'Renamed' }),
      (fx) => fx.deal(),
    ),
    ...crudOperations(
      'Activity',
      { query: CREATE_ACTIVITY, variables: async () => ({ input: { type: 'CALL', subject: `New call ${tag()}` } }) },
      (id) => ({ id, subject: 'Renamed' }),
      (fx) => fx.activity(),
    ),
    convertLead: {
      query: 'mutation ($input: ConvertLeadInput!) { convertLead(input: $input) { lead { id status } contact { id } } }',
      variables: async (fx) => ({ input: { leadId: await fx.lead() } }),
    },
    moveDealStage: {
      query: 'mutation ($input: MoveDealStageInput!) { moveDealStage(input: $input) { deal { id } activity { id } } }',
      variables: async (fx) => ({ input: { dealId: await fx.deal(), stageId: fx.targetStageId } }),
    },
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
