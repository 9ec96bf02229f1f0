/**
 * Builders for the common records, through the GraphQL API as the given actor (so RLS, the role
 * matrix and validation apply as in production). Each takes the input's fields to set (the rest
 * get unique, valid defaults), throws when the API refuses, and returns the global id.
 *
 *   const deal = await build.deal(asMember, { deal: { name: 'Big one', value: '5000.00' }, contactId });
 */
import type { Actor } from './app.js';
import { createListing } from './tenant-types/listing.js';
import { run, unique } from './tenant-kit.js';

type Input = Record<string, unknown>;

const CREATE = {
  company: 'mutation BuildCompany($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } } }',
  contact: 'mutation BuildContact($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }',
  lead: 'mutation BuildLead($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }',
  deal: 'mutation BuildDeal($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }',
  activity: 'mutation BuildActivity($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }',
  pipeline: 'mutation BuildPipeline($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id stages { id } } } }',
};
const ME = 'query BuildMe { me { id } }';
const DEFAULT_PIPELINE = 'query BuildDefaultPipeline { pipelines(first: 1, filter: { isDefault: { equals: true } }) { edges { node { id stages { id name } } } } }';

export const build = {
  async company(actor: Actor, input: Input = {}): Promise<string> {
    return (await run(actor, CREATE.company, { input: { name: unique('Company'), ...input } })).createCompany.company.id;
  },
  async contact(actor: Actor, input: Input = {}): Promise<string> {
    return (await run(actor, CREATE.contact, { input: { firstName: 'Ada', lastName: unique('Contact'), ...input } })).createContact.contact.id;
  },
  async lead(actor: Actor, input: Input = {}): Promise<string> {
    return (await run(actor, CREATE.lead, { input: { lastName: unique('Lead'), ...input } })).createLead.lead.id;
  },
  /** `input.deal` is merged into the default deal fields ({ name }). */
  async deal(actor: Actor, input: Input & { deal?: Input } = {}): Promise<string> {
    const { deal, ...links } = input;
    return (await run(actor, CREATE.deal, { input: { deal: { name: unique('Deal'), ...deal }, ...links } })).createDeal.deal.id;
  },
  async activity(actor: Actor, input: Input = {}): Promise<string> {
    return (await run(actor, CREATE.activity, { input: { type: 'NOTE', subject: unique('Note'), ...input } })).createActivity.activity.id;
  },
  /** A non-default pipeline (two stages unless given); returns its id and its stages' ids. */
  async pipeline(actor: Actor, input: Input = {}): Promise<{ id: string; stages: { id: string }[] }> {
    const stages = [{ name: 'One', probability: 10 }, { name: 'Two', probability: 50 }];
    return (await run(actor, CREATE.pipeline, { input: { name: unique('Pipeline'), stages, ...input } })).createPipeline.pipeline;
  },
  /** A CONDO listing with the actor as its agent. */
  listing: (actor: Actor): Promise<string> => createListing(actor),
};

/** The signed-in user's global id (`me { id }`). */
export async function userIdOf(actor: Actor): Promise<string> {
  return (await run(actor, ME)).me.id;
}

/** The organization's default pipeline: its id and its stages in order. */
export async function defaultPipelineOf(actor: Actor): Promise<{ id: string; stages: { id: string; name: string }[] }> {
  return (await run(actor, DEFAULT_PIPELINE)).pipelines.edges[0].node;
}
