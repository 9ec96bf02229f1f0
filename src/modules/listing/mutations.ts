import { builder } from '../../schema/builder.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { CreateListingInput, UpdateListingInput, createListingSchema, updateListingSchema } from './inputs.js';
import { ListingType } from './types.js';
import { createListing, updateListing } from './service.js';

const ListingPayload = payloadType('ListingPayload', ListingType, 'listing');

builder.mutationField('createListing', (t) =>
  t.field({
    type: ListingPayload,
    args: {
      input: t.arg({ required: true, type: CreateListingInput }),
    },
    resolve: async (_root, { input }, ctx) => ({ listing: await createListing(ctx, parseInput(createListingSchema, input)) }),
  }),
);

builder.mutationField('updateListing', (t) =>
  t.field({
    type: ListingPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field.',
    args: {
      input: t.arg({ required: true, type: UpdateListingInput }),
    },
    resolve: async (_root, { input }, ctx) => ({ listing: await updateListing(ctx, parseInput(updateListingSchema, input)) }),
  }),
);

defineSoftDeleteMutations({ type: 'Listing', ref: ListingType, delegate: 'listing', field: 'listing' });
