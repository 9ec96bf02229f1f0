import { restore, softDelete, tag, type Fixtures, type OperationSet } from '../role-fixtures.js';

const CREATE_LISTING = 'mutation ($input: CreateListingInput!) { createListing(input: $input) { listing { id } } }';

const newListing = () => ({ title: `Listing ${tag()}`, propertyType: 'HOUSE', price: '350000.00' });

/** A fresh listing created by the OWNER; returns its global id. */
const listing = async (fx: Fixtures) => (await fx.must(CREATE_LISTING, { input: newListing() })).createListing.listing.id as string;

/** Role-matrix operations of the listing module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    listings: { query: '{ listings(first: 1) { totalCount } }' },
  },
  Mutation: {
    createListing: { query: CREATE_LISTING, variables: async () => ({ input: newListing() }) },
    updateListing: {
      query: 'mutation ($input: UpdateListingInput!) { updateListing(input: $input) { listing { id } } }',
      variables: async (fx) => ({ input: { id: await listing(fx), status: 'ACTIVE' } }),
    },
    deleteListing: { query: softDelete('Listing'), variables: async (fx) => ({ input: { id: await listing(fx) } }) },
    restoreListing: {
      query: restore('Listing'),
      variables: async (fx) => {
        const id = await listing(fx);
        await fx.must(softDelete('Listing'), { input: { id } });
        return { input: { id } };
      },
    },
  },
};
