/**
 * The role matrix's building blocks: Fixtures creates records as the organization's OWNER, and
 * an Operation is one minimal, valid call of a root field. tests/graphql/roles.test.ts runs
 * every Operation of each tests/helpers/role-operations/<module>.ts (assembled in its index.ts)
 * as every kind of caller; a test there fails when a root field has no Operation.
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/auth/permissions.js';
import type { Actor, TestApp } from './app.js';
import { invite, joinOrganization } from './invitations.js';

export type Variables = Record<string, unknown>;
export interface Operation {
  query: string;
  /**
   * Builds fresh inputs as the OWNER; called once per allowed call (with its caller, for rows private
   * to the caller such as notifications) and once per field for denied ones (no caller).
   */
  variables?: (fx: Fixtures, caller?: Actor) => Promise<Variables>;
  /**
   * For a call that changes the caller's own standing (leaving, handing over the ownership): each
   * allowed call runs as a stand-in with the caller's role in a fresh organization, with the
   * variables for it, so the shared organization keeps its members and its OWNER. Denied calls
   * still run as the shared callers.
   */
  standIn?: (fx: Fixtures, role: Role) => Promise<{ actor: Actor; variables?: Variables }>;
}
export interface OperationSet {
  Query: Record<string, Operation>;
  Mutation: Record<string, Operation>;
}

export const tag = () => randomBytes(4).toString('hex');

export const CREATE_COMPANY = 'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } } }';
export const CREATE_CONTACT = 'mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }';
export const CREATE_LEAD = 'mutation ($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }';
export const CREATE_DEAL = 'mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }';
export const CREATE_ACTIVITY = 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }';
export const CREATE_PIPELINE =
  'mutation ($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id stages { id } } } }';
export const CHANGE_MEMBER_ROLE =
  'mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { id role } } }';
export const REMOVE_MEMBER = 'mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { removedMembershipId } }';
export const LEAVE_ORGANIZATION = 'mutation { leaveOrganization { leftOrganizationId } }';
export const TRANSFER_OWNERSHIP =
  'mutation ($input: TransferOwnershipInput!) { transferOwnership(input: $input) { newOwner { id role } previousOwner { id role } } }';
export const DELETE_ORGANIZATION =
  'mutation ($input: DeleteOrganizationInput!) { deleteOrganization(input: $input) { organization { id deletedAt purgeAfter } } }';
export const RESTORE_ORGANIZATION =
  'mutation ($input: RestoreOrganizationInput!) { restoreOrganization(input: $input) { organization { id deletedAt } } }';
export const PIPELINES = '{ pipelines(first: 10, filter: { isDefault: { equals: true } }) { edges { node { id stages { id name } } } } }';

export const softDelete = (type: string) =>
  `mutation ($input: IdInput!) { delete${type}(input: $input) { ${type[0]!.toLowerCase() + type.slice(1)} { id } } }`;
export const restore = (type: string) =>
  `mutation ($input: IdInput!) { restore${type}(input: $input) { ${type[0]!.toLowerCase() + type.slice(1)} { id } } }`;

/**
 * The four operations of a soft-deletable resource: `create` as given, then update, delete and
 * restore of a fresh record that `existing` creates as the OWNER (`update` builds the input).
 */
export const crudOperations = (
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

/** Creates records through the API as the organization's OWNER; returns global ids. */
export class Fixtures {
  constructor(
    readonly app: TestApp,
    readonly owner: Actor,
    readonly sharedContactId: string,
    readonly sharedCompanyId: string,
    readonly targetStageId: string,
  ) {}

  async must(query: string, variables: Variables) {
    const result = await this.owner.query(query, variables);
    if (result.errors) throw new Error(`fixture failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  company = async () => (await this.must(CREATE_COMPANY, { input: { name: `Company ${tag()}` } })).createCompany.company.id as string;
  contact = async () =>
    (await this.must(CREATE_CONTACT, { input: { firstName: 'Fix', lastName: `Contact ${tag()}` } })).createContact.contact.id as string;
  lead = async () =>
    (await this.must(CREATE_LEAD, { input: { lastName: `Lead ${tag()}`, companyName: 'Lead Co' } })).createLead.lead.id as string;
  deal = async () =>
    (await this.must(CREATE_DEAL, { input: { deal: { name: `Deal ${tag()}`, value: '100.00' } } })).createDeal.deal.id as string;
  activity = async () =>
    (await this.must(CREATE_ACTIVITY, { input: { type: 'NOTE', subject: `Note ${tag()}` } })).createActivity.activity.id as string;
  /** A non-default pipeline with two stages. */
  pipeline = async () =>
    (
      await this.must(CREATE_PIPELINE, {
        input: {
          name: `Pipeline ${tag()}`,
          stages: [
            { name: 'One', probability: 10 },
            { name: 'Two', probability: 50 },
          ],
        },
      })
    ).createPipeline.pipeline as { id: string; stages: { id: string }[] };

  /** Soft-deletes a fresh record, for restore<Type>. */
  async deleted(type: 'Company' | 'Contact' | 'Lead' | 'Deal' | 'Activity' | 'Pipeline') {
    const create = { Company: this.company, Contact: this.contact, Lead: this.lead, Deal: this.deal, Activity: this.activity };
    const id = type === 'Pipeline' ? (await this.pipeline()).id : await create[type]();
    await this.must(softDelete(type), { input: { id } });
    return id;
  }

  /** A user who signed in once and is not a member yet. */
  async user() {
    return this.app.actor(`roles-new-${tag()}`);
  }

  /** A fresh member with the given role (invited and accepted); returns the membership's global id. */
  async membership(role: Role = 'VIEWER') {
    return joinOrganization(this.owner, await this.user(), role);
  }

  /** A pending invitation of this organization for `email` (a fresh address by default). */
  async invitation(email = `invitee.${tag()}@example.test`, role: Role = 'VIEWER') {
    return invite(this.owner, email, role);
  }

  /**
   * A fresh organization of a fresh OWNER (returned in it), for calls that change the caller's
   * own membership; `join` adds a fresh member with a role and gives the actor and membership id.
   */
  async freshOrganization(owner?: Actor) {
    owner ??= await this.app.actor(`roles-fresh-owner-${tag()}`);
    const name = `Roles fresh ${tag()}`;
    const created = await owner
      .inOrg(null)
      .query('mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }', {
        input: { name },
      });
    if (created.errors) throw new Error(`fixture failed: ${JSON.stringify(created.errors)}`);
    const globalId: string = created.data.createOrganization.organization.id;
    const orgId = Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
    const ownerInOrg = owner.inOrg(orgId);
    return {
      name,
      globalId,
      owner: ownerInOrg,
      join: async (role: Role) => {
        const member = await this.app.actor(`roles-fresh-${role.toLowerCase()}-${tag()}`);
        const membershipId = await joinOrganization(ownerInOrg, member, role);
        return { actor: member.inOrg(orgId), membershipId };
      },
    };
  }

  private side: Promise<Actor> | undefined;

  /** A pending invitation for `email` into a second organization, of someone who is none of the callers. */
  async sideInvitation(email: string) {
    this.side ??= (async () => {
      const sideOwner = await this.app.actor('roles-side-owner');
      const created = await sideOwner.query(
        'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
        { input: { name: `Roles side ${tag()}` } },
      );
      if (created.errors) throw new Error(`fixture failed: ${JSON.stringify(created.errors)}`);
      const orgId = Buffer.from(created.data.createOrganization.organization.id, 'base64').toString('utf8').split(':')[1]!;
      return sideOwner.inOrg(orgId);
    })();
    return invite(await this.side, email, 'VIEWER');
  }
}
