import type { Actor } from '../app.js';
import { CREATE_ACTIVITY, CREATE_DEAL, createDealGraph, currentUserId, idInput, run, unique, type TenantType } from '../tenant-kit.js';

export const CREATE_LISTING = /* GraphQL */ `
  mutation CreateListing($input: CreateListingInput!) {
    createListing(input: $input) {
      listing {
        id
      }
    }
  }
`;

/** A listing with the actor as its agent; returns its global id. */
export async function createListing(actor: Actor): Promise<string> {
  const data = await run(actor, CREATE_LISTING, {
    input: { title: unique('Listing'), propertyType: 'CONDO', price: '420000.00', bedrooms: 2, agentId: await currentUserId(actor) },
  });
  return data.createListing.listing.id;
}

/** A listing with one deal and one showing linked to it (so the matrix sees both connections populated). */
async function createListingGraph(actor: Actor): Promise<string> {
  const listing = await createListing(actor);
  await run(actor, CREATE_DEAL, { input: { deal: { name: unique('Listing deal'), value: '1000.00' }, listingId: listing } });
  await run(actor, CREATE_ACTIVITY, { input: { type: 'SHOWING', subject: unique('Showing'), listingId: listing } });
  return listing;
}

/** Tenant types of the listing module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'Listing',
    table: 'listings',
    rootList: 'listings',
    filterable: true,
    softDelete: true,
    selection:
      'id agent { id } deals(first: 50) { totalCount edges { node { id listing { id } owner { id } } } } activities(first: 50) { totalCount edges { node { id listing { id } } } }',
    nestedTypes: ['Listing', 'User', 'Deal', 'Activity'],
    create: (actor) => createListingGraph(actor),
    update: { field: 'updateListing', inputType: 'UpdateListingInput', input: (id) => ({ id, title: 'Renamed listing' }) },
    remove: idInput('deleteListing'),
    restore: idInput('restoreListing'),
    references: [
      {
        name: 'createListing with agentId',
        target: 'User',
        field: 'createListing',
        inputType: 'CreateListingInput',
        input: (foreign) => ({ title: 'Cross', propertyType: 'LAND', price: '1.00', agentId: foreign }),
      },
      {
        name: 'updateListing with agentId',
        target: 'User',
        field: 'updateListing',
        inputType: 'UpdateListingInput',
        own: (actor) => createListing(actor),
        input: (foreign, own) => ({ id: own, agentId: foreign }),
      },
      {
        name: 'createDeal with listingId',
        target: 'Listing',
        field: 'createDeal',
        inputType: 'CreateDealInput',
        input: (foreign) => ({ deal: { name: 'Cross' }, listingId: foreign }),
      },
      {
        name: 'updateDeal with listingId',
        target: 'Listing',
        field: 'updateDeal',
        inputType: 'UpdateDealInput',
        own: async (actor) => (await createDealGraph(actor)).deal,
        input: (foreign, own) => ({ id: own, listingId: foreign }),
      },
    ],
  },
];
