/**
 * Shared pieces of the tenant-type list (the per-module lists in
 * tests/helpers/tenant-types/): the TenantType shape, operation runners and record builders.
 */
import { operationText, type Actor, type Operation, type TestApp } from './app.js';
import type { TestOrganization } from './organizations.js';

// ---------------------------------------------------------------------------------------------
// GraphQL operations used to build records.
// ---------------------------------------------------------------------------------------------

export const ME = /* GraphQL */ `
  query Me {
    me {
      id
    }
  }
`;

export const DEFAULT_PIPELINE = /* GraphQL */ `
  query DefaultPipeline {
    pipelines(first: 1, filter: { isDefault: { equals: true } }) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

export const CREATE_COMPANY = /* GraphQL */ `
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        id
      }
    }
  }
`;

export const CREATE_CONTACT = /* GraphQL */ `
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
        id
      }
    }
  }
`;

export const CREATE_LEAD = /* GraphQL */ `
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      lead {
        id
      }
    }
  }
`;

export const CREATE_DEAL = /* GraphQL */ `
  mutation CreateDeal($input: CreateDealInput!) {
    createDeal(input: $input) {
      deal {
        id
      }
    }
  }
`;

export const CREATE_ACTIVITY = /* GraphQL */ `
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
      }
    }
  }
`;

export const CREATE_PIPELINE = /* GraphQL */ `
  mutation CreatePipeline($input: CreatePipelineInput!) {
    createPipeline(input: $input) {
      pipeline {
        id
      }
    }
  }
`;

export const CREATE_PIPELINE_STAGE = /* GraphQL */ `
  mutation CreatePipelineStage($input: CreatePipelineStageInput!) {
    createPipelineStage(input: $input) {
      stage {
        id
      }
    }
  }
`;

// ---------------------------------------------------------------------------------------------
// Types.
// ---------------------------------------------------------------------------------------------

/** A GraphQL node type whose rows carry org_id. */
export type TenantTypename = string;

/** What a reference may point at: a tenant record, or a User (member of the other organization only). */
export type ReferenceTarget = TenantTypename | 'User';

export interface CreateEnv {
  app: TestApp;
  /** The organization the actor acts in (its admin, member and viewer can act too). */
  org: TestOrganization;
}

/** One mutation: its root field, its input type and a builder for a minimal valid input. */
export interface MutationSpec {
  field: string;
  inputType: string;
  /** The argument the value goes to: `input` unless the mutation takes e.g. `id: ID!` (revokeApiKey). */
  argument?: string;
  input(id: string): unknown;
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
  /** Absent for types that are never edited (messages, audit entries, metrics: recomputed). */
  update?: MutationSpec;
  /**
   * Tables with org_id that are not GraphQL node types of their own but are reached only through
   * this type (e.g. appointment_attendees): they join the guard and the write fingerprints.
   */
  childTables?: string[];
  /** An SQL condition on the table's rows that the root list shows, when it shows fewer than all (members: people only). */
  listedWhere?: string;
  /** Rows are private to one user (user_id) as well as the organization: lists count only the actor's. */
  privateToUser?: boolean;
  /** Soft delete for soft-deletable types; hard removal (deletePipelineStage, removeMember) otherwise. */
  remove?: MutationSpec;
  restore?: MutationSpec;
  references: ReferenceCase[];
}

// ---------------------------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------------------------

let sequence = 0;
export const unique = (prefix: string) => `${prefix} ${++sequence}`;

/** Runs an operation that must succeed and returns `data`. */
export async function run<T = any, V = Record<string, unknown>>(actor: Actor, query: Operation<T, V>, variables?: V): Promise<T> {
  const response = await actor.query<T, V>(query, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`operation failed: ${JSON.stringify(response.errors)}\n${operationText(query as Operation<unknown, never>)}`);
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
export const mutationDocument = (spec: { field: string; inputType: string; argument?: string }) =>
  `mutation Run($input: ${spec.inputType}!) { ${spec.field}(${spec.argument ?? 'input'}: $input) { __typename } }`;

export const idInput = (field: string) => ({ field, inputType: 'IdInput', input: (id: string) => ({ id }) });

export async function currentUserId(actor: Actor): Promise<string> {
  return (await run(actor, ME)).me.id;
}

export async function defaultPipelineId(actor: Actor): Promise<string> {
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
    input: {
      deal: { name: unique('Deal'), value: '1000.00', ownerId: await currentUserId(actor) },
      contactId: contact,
      companyId: company,
      leadId: lead,
    },
  });
  return { company, contact, lead, deal: data.createDeal.deal.id as string };
}

/** An activity linked to a deal, its contact, company and lead. */
export async function createActivityGraph(actor: Actor) {
  const graph = await createDealGraph(actor);
  const data = await run(actor, CREATE_ACTIVITY, {
    input: {
      type: 'CALL',
      subject: unique('Call'),
      dealId: graph.deal,
      contactId: graph.contact,
      companyId: graph.company,
      leadId: graph.lead,
    },
  });
  return { ...graph, activity: data.createActivity.activity.id as string };
}
