import { builder } from '../../schema/builder.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { ListingStatusEnum, ListingType, PropertyTypeEnum } from './types.js';
import { MAX_MEDIA, createListing, updateListing, type ListingFields } from './service.js';

const ListingMediaInput = builder.inputType('ListingMediaInput', {
  fields: (f) => ({
    url: f.string({ required: true, description: 'An http(s) URL, at most 2048 characters.' }),
    caption: f.string({ description: 'At most 500 characters.' }),
  }),
});

const listingFields = (f: any, create: boolean) => ({
  title: f.string({ required: create, description: '1-200 characters.' }),
  description: f.string(),
  propertyType: f.field({ type: PropertyTypeEnum, required: create }),
  status: f.field({ type: ListingStatusEnum, description: create ? 'Defaults to DRAFT.' : undefined }),
  price: f.field({ type: 'Decimal', required: create, description: 'At least 0.' }),
  currency: f.string({ description: create ? 'ISO 4217 code; defaults to USD.' : 'ISO 4217 code.' }),
  addressLine1: f.string(),
  addressLine2: f.string(),
  city: f.string(),
  region: f.string(),
  postalCode: f.string(),
  country: f.string({ description: 'ISO 3166-1 alpha-2 code, e.g. US.' }),
  bedrooms: f.int({ description: '0-1000.' }),
  bathrooms: f.field({ type: 'Decimal', description: 'In steps of 0.5, e.g. "2.5".' }),
  squareFeet: f.int(),
  lotSizeSqft: f.int(),
  yearBuilt: f.int({ description: 'From 1600 to next year.' }),
  features: f.stringList({ description: 'At most 50, each at most 50 characters; blanks and duplicates are dropped.' }),
  media: f.field({
    type: [ListingMediaInput],
    description: `Photos and documents in display order, at most ${MAX_MEDIA}.${create ? '' : ' Replaces the whole list; null clears it.'}`,
  }),
  customFields: f.field({ type: 'JSONObject' }),
  agentId: f.id({ description: 'The listing agent: a User who is a member of this organization.' }),
});

const ListingPayload = payloadType('ListingPayload', ListingType, 'listing');

builder.mutationField('createListing', (t) =>
  t.field({
    type: ListingPayload,
    args: {
      input: t.arg({ required: true, type: builder.inputType('CreateListingInput', { fields: (f) => listingFields(f, true) }) }),
    },
    resolve: async (_root, { input }, ctx) => ({ listing: await createListing(ctx, input as ListingFields) }),
  }),
);

builder.mutationField('updateListing', (t) =>
  t.field({
    type: ListingPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpdateListingInput', { fields: (f) => ({ id: f.id({ required: true }), ...listingFields(f, false) }) }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({ listing: await updateListing(ctx, String(input.id), input as ListingFields) }),
  }),
);

defineSoftDeleteMutations({ type: 'Listing', ref: ListingType, delegate: 'listing', field: 'listing' });
