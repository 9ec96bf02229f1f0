/**
 * Builders for the common records, through the GraphQL API as the given actor (so RLS, the role
 * matrix and validation apply as in production). Each takes the input's fields to set (the rest
 * get unique, valid defaults), throws when the API refuses, and returns the global id. Their
 * operations are typed documents (tests/operations/builders.graphql, `npm run codegen`).
 *
 *   const deal = await build.deal(asMember, { deal: { name: 'Big one', value: '5000.00' }, contactId });
 */
import type { Actor } from './app.js';
import { createListing } from './tenant-types/listing.js';
import { run, unique } from './tenant-kit.js';
import {
  BuildActivityDocument,
  BuildCompanyDocument,
  BuildContactDocument,
  BuildDealDocument,
  BuildDefaultPipelineDocument,
  BuildLeadDocument,
  BuildMeDocument,
  BuildPipelineDocument,
  type CreateActivityInput,
  type CreateCompanyInput,
  type CreateContactInput,
  type CreateDealInput,
  type CreateLeadInput,
  type CreatePipelineInput,
  type DealFieldsInput,
} from '../generated/operations/graphql.js';

export const build = {
  async company(actor: Actor, input: Partial<CreateCompanyInput> = {}): Promise<string> {
    return (await run(actor, BuildCompanyDocument, { input: { name: unique('Company'), ...input } })).createCompany.company.id;
  },
  async contact(actor: Actor, input: Partial<CreateContactInput> = {}): Promise<string> {
    return (await run(actor, BuildContactDocument, { input: { firstName: 'Ada', lastName: unique('Contact'), ...input } })).createContact
      .contact.id;
  },
  async lead(actor: Actor, input: Partial<CreateLeadInput> = {}): Promise<string> {
    return (await run(actor, BuildLeadDocument, { input: { lastName: unique('Lead'), ...input } })).createLead.lead.id;
  },
  /** `input.deal` is merged into the default deal fields ({ name }). */
  async deal(actor: Actor, input: Omit<Partial<CreateDealInput>, 'deal'> & { deal?: Partial<DealFieldsInput> } = {}): Promise<string> {
    const { deal, ...links } = input;
    return (await run(actor, BuildDealDocument, { input: { deal: { name: unique('Deal'), ...deal }, ...links } })).createDeal.deal.id;
  },
  async activity(actor: Actor, input: Partial<CreateActivityInput> = {}): Promise<string> {
    return (await run(actor, BuildActivityDocument, { input: { type: 'NOTE', subject: unique('Note'), ...input } })).createActivity.activity
      .id;
  },
  /** A non-default pipeline (two stages unless given); returns its id and its stages' ids. */
  async pipeline(actor: Actor, input: Partial<CreatePipelineInput> = {}): Promise<{ id: string; stages: { id: string }[] }> {
    const stages = [
      { name: 'One', probability: 10 },
      { name: 'Two', probability: 50 },
    ];
    return (await run(actor, BuildPipelineDocument, { input: { name: unique('Pipeline'), stages, ...input } })).createPipeline.pipeline;
  },
  /** A CONDO listing with the actor as its agent. */
  listing: (actor: Actor): Promise<string> => createListing(actor),
};

/** The signed-in user's global id (`me { id }`). */
export async function userIdOf(actor: Actor): Promise<string> {
  return (await run(actor, BuildMeDocument)).me.id;
}

/** The organization's default pipeline: its id and its stages in order. */
export async function defaultPipelineOf(actor: Actor): Promise<{ id: string; stages: { id: string; name: string }[] }> {
  return (await run(actor, BuildDefaultPipelineDocument)).pipelines.edges[0]!.node;
}
