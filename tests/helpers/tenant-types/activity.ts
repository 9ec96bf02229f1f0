import type { Actor } from '../app.js';
import { CREATE_ACTIVITY, createActivityGraph, idInput, run, unique, type TenantType } from '../tenant-kit.js';
import { createListing } from './listing.js';

/** An activity linked to a deal, its contact, company and lead, and to a listing. */
async function createActivityWithListing(actor: Actor): Promise<string> {
  const graph = await createActivityGraph(actor);
  const data = await run(actor, CREATE_ACTIVITY, {
    input: {
      type: 'SHOWING',
      subject: unique('Showing'),
      dealId: graph.deal,
      contactId: graph.contact,
      listingId: await createListing(actor),
    },
  });
  return data.createActivity.activity.id as string;
}

export const tenantTypes: TenantType[] = [
  {
    typename: 'Activity',
    table: 'activities',
    rootList: 'activities',
    filterable: true,
    softDelete: true,
    selection: 'id deal { id stage { id } } contact { id company { id } } company { id } lead { id } listing { id } owner { id }',
    nestedTypes: ['Activity', 'Deal', 'PipelineStage', 'Contact', 'Company', 'Lead', 'Listing', 'User'],
    create: createActivityWithListing,
    update: { field: 'updateActivity', inputType: 'UpdateActivityInput', input: (id) => ({ id, subject: 'Renamed call' }) },
    remove: idInput('deleteActivity'),
    restore: idInput('restoreActivity'),
    references: [
      ...(['Deal', 'Contact', 'Company', 'Lead', 'Listing'] as const).map((target) => ({
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
      {
        name: 'updateActivity with listingId',
        target: 'Listing',
        field: 'updateActivity',
        inputType: 'UpdateActivityInput',
        own: async (actor) => (await createActivityGraph(actor)).activity,
        input: (foreign, own) => ({ id: own, listingId: foreign }),
      },
    ],
  },
];
