import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { operationText, startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import {
  ListingCreateDealDocument,
  ListingCreateDocument,
  ListingDealsDocument,
  ListingDeleteDealDocument,
  ListingDeleteDocument,
  ListingListDocument,
  ListingMeDocument,
  ListingNodeDocument,
  ListingRestoreDocument,
  ListingUpdateDealDocument,
  ListingUpdateDocument,
  type CreateListingInput,
  type DeletedFilter,
  type ListingCreateMutation,
  type ListingFilter,
  type ListingListQuery,
  type ListingListQueryVariables,
  type ListingNodeQuery,
  type ListingOrder,
  type ListingStatus,
  type PropertyType,
  type UpdateListingInput,
} from '../../generated/operations/graphql.js';

// Typed documents (tests/operations/listing.graphql): `data` is typed, `variables` are checked.

/** The Listing a ListingNode query read (its node is one of every node type). */
type ListingNode = Extract<NonNullable<ListingNodeQuery['node']>, { id: string }>;
const isListing = (node: ListingNodeQuery['node']): node is ListingNode => node != null && 'id' in node;

/** ListingCreate's text, to send input its typed document refuses at compile time (no price, an unknown property type). */
const CREATE_LISTING_UNCHECKED = operationText(ListingCreateDocument);

/** What the example search (src/operations/listing-search.graphql, read at run time) answers, as far as the test reads it. */
interface ListingSearchResult {
  listings: {
    totalCount: number;
    edges: { node: { agent: { id: string } | null; deals: { totalCount: number }; media: { url: string; caption: string | null }[] } }[];
  };
}

const codes = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((error) => error.extensions?.code);
const fieldOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.field;

describe('listings', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  let memberId: string;

  async function create(input: CreateListingInput, actor: Actor = org.member) {
    const response = await actor.query(ListingCreateDocument, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.createListing.listing;
  }
  const minimal = (overrides: Partial<CreateListingInput> = {}): CreateListingInput => ({
    title: 'Minimal',
    propertyType: 'HOUSE',
    price: '100000',
    ...overrides,
  });
  async function read(id: string) {
    const response = await org.viewer.query(ListingNodeDocument, { id });
    expect(response.errors).toBeUndefined();
    const node = response.data!.node;
    if (!isListing(node)) throw new Error(`not a listing: ${JSON.stringify(node)}`);
    return node;
  }
  /** Every listing row of the organization and every audit row, hashed: any write changes it. */
  async function snapshot(orgId = org.id) {
    const result = await app.owner.query(
      `SELECT (SELECT count(*)::int FROM listings WHERE org_id = $1) AS listings,
              (SELECT md5(coalesce(string_agg(to_jsonb(l)::text, '|' ORDER BY l.id), '')) FROM listings l WHERE org_id = $1) AS hash,
              (SELECT count(*)::int FROM deals WHERE org_id = $1) AS deals,
              (SELECT md5(coalesce(string_agg(to_jsonb(d)::text, '|' ORDER BY d.id), '')) FROM deals d WHERE org_id = $1) AS deal_hash,
              (SELECT count(*)::int FROM audit_log WHERE org_id = $1) AS audit`,
      [orgId],
    );
    return result.rows[0];
  }

  beforeAll(async () => {
    app = await startTestApp();
    [org, other] = await Promise.all([createOrganization(app, 'Listings'), createOrganization(app, 'ListingsOther')]);
    memberId = (await org.member.query(ListingMeDocument)).data!.me.id;
  });
  afterAll(async () => app?.close());

  describe('createListing', () => {
    it('stores every field; bathrooms keep their half, media keep their order', async () => {
      const listing = await create({
        title: '  Sunny bungalow  ',
        description: 'Close to the park.',
        propertyType: 'MULTI_FAMILY',
        status: 'ACTIVE',
        price: '425000.5',
        currency: 'eur',
        addressLine1: '12 Rue des Lilas',
        addressLine2: 'Apt 3',
        city: 'Lyon',
        region: 'Auvergne-Rhône-Alpes',
        postalCode: '69003',
        country: 'fr',
        bedrooms: 3,
        bathrooms: '2.5',
        squareFeet: 1450,
        lotSizeSqft: 5000,
        yearBuilt: 1932,
        features: ['garden', ' garage ', 'garden', ''],
        media: [
          { url: 'https://img.example.com/front.jpg', caption: 'Front' },
          { url: 'http://img.example.com/kitchen.jpg' },
          { url: 'https://img.example.com/plan.pdf', caption: 'Floor plan' },
        ],
        customFields: { mls: 'A-123' },
        agentId: memberId,
      });
      expect(listing).toMatchObject({
        title: 'Sunny bungalow',
        description: 'Close to the park.',
        propertyType: 'MULTI_FAMILY',
        status: 'ACTIVE',
        price: '425000.50',
        currency: 'EUR',
        addressLine1: '12 Rue des Lilas',
        addressLine2: 'Apt 3',
        city: 'Lyon',
        region: 'Auvergne-Rhône-Alpes',
        postalCode: '69003',
        country: 'FR',
        bedrooms: 3,
        bathrooms: '2.5',
        squareFeet: 1450,
        lotSizeSqft: 5000,
        yearBuilt: 1932,
        features: ['garden', 'garage'],
        media: [
          { url: 'https://img.example.com/front.jpg', caption: 'Front' },
          { url: 'http://img.example.com/kitchen.jpg', caption: null },
          { url: 'https://img.example.com/plan.pdf', caption: 'Floor plan' },
        ],
        customFields: { mls: 'A-123' },
        agent: { id: memberId },
        deletedAt: null,
      });
      expect(await read(listing.id)).toMatchObject({ ...listing, deals: { totalCount: 0, edges: [] } });
      const stored = await app.owner.query('SELECT price::text, bathrooms::text, media FROM listings WHERE title = $1', ['Sunny bungalow']);
      expect(stored.rows).toEqual([
        {
          price: '425000.50',
          bathrooms: '2.5',
          media: [
            { url: 'https://img.example.com/front.jpg', caption: 'Front' },
            { url: 'http://img.example.com/kitchen.jpg', caption: null },
            { url: 'https://img.example.com/plan.pdf', caption: 'Floor plan' },
          ],
        },
      ]);
    });

    it('defaults: DRAFT, USD, no media, no features, no agent', async () => {
      const listing = await create(minimal({ title: 'Defaults' }));
      expect(listing).toMatchObject({
        status: 'DRAFT',
        currency: 'USD',
        price: '100000.00',
        media: [],
        features: [],
        customFields: {},
        agent: null,
        bedrooms: null,
        bathrooms: null,
        country: null,
      });
    });

    it('a VIEWER may not create a listing (FORBIDDEN), and nothing is written', async () => {
      const before = await snapshot();
      const response = await org.viewer.query(ListingCreateDocument, { input: minimal() });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('bad input is BAD_USER_INPUT naming the field, and writes nothing', () => {
    const tooMany = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
    const nextYear = new Date().getUTCFullYear() + 1;
    const cases: [string, Partial<CreateListingInput>, string][] = [
      ['empty title', { title: '   ' }, 'title'],
      ['title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
      ['negative price', { price: '-1' }, 'price'],
      ['currency not 3 letters', { currency: 'US' }, 'currency'],
      ['unknown country', { country: 'XX' }, 'country'],
      ['country alpha-3', { country: 'USA' }, 'country'],
      ['negative bedrooms', { bedrooms: -1 }, 'bedrooms'],
      ['quarter bathroom', { bathrooms: '2.25' }, 'bathrooms'],
      ['negative bathrooms', { bathrooms: '-0.5' }, 'bathrooms'],
      ['negative square feet', { squareFeet: -5 }, 'squareFeet'],
      ['negative lot size', { lotSizeSqft: -1 }, 'lotSizeSqft'],
      ['year built before 1600', { yearBuilt: 1599 }, 'yearBuilt'],
      ['year built after next year', { yearBuilt: nextYear + 1 }, 'yearBuilt'],
      ['51 features', { features: tooMany(51, (i) => `f${i}`) }, 'features'],
      ['feature over 50 characters', { features: ['x'.repeat(51)] }, 'features'],
      ['51 media items', { media: tooMany(51, (i) => ({ url: `https://img.example.com/${i}.jpg` })) }, 'media'],
      [
        'media url not http(s)',
        { media: [{ url: 'https://ok.example.com/a.jpg' }, { url: 'ftp://img.example.com/a.jpg' }] },
        'media[1].url',
      ],
      ['media url blank', { media: [{ url: '  ', caption: 'Nothing' }] }, 'media[0].url'],
      [
        'media caption over 500 characters',
        { media: [{ url: 'https://img.example.com/a.jpg', caption: 'c'.repeat(501) }] },
        'media[0].caption',
      ],
      ['agentId of another type', { agentId: Buffer.from('Company:00000000-0000-4000-8000-000000000000').toString('base64') }, 'agentId'],
      ['agentId not a global id', { agentId: 'nope' }, 'agentId'],
    ];

    it.each(cases)('%s', async (_name, overrides, field) => {
      const before = await snapshot();
      const response = await org.member.query(ListingCreateDocument, { input: minimal(overrides) });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(fieldOf(response)).toBe(field);
      expect(response.data).toBeNull();
      expect(await snapshot()).toEqual(before);
    });

    it('year built may be next year (under construction)', async () => {
      expect((await create(minimal({ title: 'New build', yearBuilt: nextYear }))).yearBuilt).toBe(nextYear);
    });

    it('an agent who is not a member (signed in, or of another organization) fails on the foreign key: agentId', async () => {
      const outsider = (await org.outsider.query(ListingMeDocument, {}, { orgId: null })).data!.me.id;
      const otherOwner = (await other.owner.query(ListingMeDocument)).data!.me.id;
      for (const agentId of [outsider, otherOwner]) {
        const before = await snapshot();
        const response = await org.member.query(ListingCreateDocument, { input: minimal({ agentId }) });
        expect(codes(response)).toEqual(['BAD_USER_INPUT']);
        expect(fieldOf(response)).toBe('agentId');
        expect(response.data).toBeNull();
        expect(await snapshot()).toEqual(before);
      }
    });

    it('missing price or an unknown property type is rejected before any resolver runs', async () => {
      const before = await snapshot();
      const noPrice = await org.member.query<ListingCreateMutation>(CREATE_LISTING_UNCHECKED, {
        input: { title: 'No price', propertyType: 'HOUSE' },
      });
      expect(codes(noPrice)).toEqual(['BAD_USER_INPUT']);
      const castle = await org.member.query<ListingCreateMutation>(CREATE_LISTING_UNCHECKED, {
        input: { ...minimal(), propertyType: 'CASTLE' },
      });
      expect(codes(castle)).toEqual(['BAD_USER_INPUT']);
      const cents = await org.member.query(ListingCreateDocument, { input: minimal({ price: '1.001' }) });
      expect(codes(cents)).toEqual(['BAD_USER_INPUT']);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('updateListing', () => {
    let id: string;
    beforeAll(async () => {
      id = (
        await create({
          ...minimal({ title: 'To update', description: 'Old', bedrooms: 4, bathrooms: '3', city: 'Austin', agentId: memberId }),
          features: ['pool'],
          media: [
            { url: 'https://img.example.com/1.jpg', caption: 'One' },
            { url: 'https://img.example.com/2.jpg', caption: 'Two' },
          ],
        })
      ).id;
    });

    it('changes only the given fields; null clears optional ones; media are replaced as a whole', async () => {
      const before = await read(id);
      const response = await org.member.query(ListingUpdateDocument, {
        input: {
          id,
          status: 'PENDING',
          price: '99000',
          description: null,
          bedrooms: null,
          agentId: null,
          media: [{ url: 'https://img.example.com/2.jpg', caption: 'Two, now first' }],
        },
      });
      expect(response.errors).toBeUndefined();
      const listing = response.data!.updateListing.listing;
      expect(listing).toMatchObject({
        title: 'To update',
        status: 'PENDING',
        price: '99000.00',
        description: null,
        bedrooms: null,
        bathrooms: '3.0',
        city: 'Austin',
        agent: null,
        features: ['pool'],
        media: [{ url: 'https://img.example.com/2.jpg', caption: 'Two, now first' }],
      });
      expect(Date.parse(listing.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));

      const cleared = await org.member.query(ListingUpdateDocument, { input: { id, media: null, features: null } });
      expect(cleared.errors).toBeUndefined();
      expect(cleared.data!.updateListing.listing).toMatchObject({ media: [], features: [] });
    });

    it('null for a required field, or an invalid value, is BAD_USER_INPUT and changes nothing', async () => {
      const invalid: [Omit<UpdateListingInput, 'id'>, string][] = [
        [{ title: null }, 'title'],
        [{ price: null }, 'price'],
        [{ price: '-10' }, 'price'],
        [{ status: null }, 'status'],
        [{ propertyType: null }, 'propertyType'],
        [{ currency: null }, 'currency'],
        [{ title: 'Fine', media: [{ url: 'javascript:alert(1)' }] }, 'media[0].url'],
      ];
      for (const [input, field] of invalid) {
        const before = await snapshot();
        const response = await org.member.query(ListingUpdateDocument, { input: { id, ...input } });
        expect(codes(response)).toEqual(['BAD_USER_INPUT']);
        expect(fieldOf(response)).toBe(field);
        expect(response.data).toBeNull();
        expect(await snapshot()).toEqual(before);
      }
    });

    it("another organization's listing is NOT_FOUND", async () => {
      const theirs = await create(minimal({ title: 'Theirs' }), other.member);
      const response = await org.member.query(ListingUpdateDocument, { input: { id: theirs.id, title: 'Mine now' } });
      expect(codes(response)).toEqual(['NOT_FOUND']);
      const stored = await app.owner.query('SELECT title FROM listings WHERE org_id = $1', [other.id]);
      expect(stored.rows).toEqual([{ title: 'Theirs' }]);
    });
  });

  describe('listings: filters, ordering, pagination', () => {
    // A separate organization so the counts below are exact.
    let search: TestOrganization;
    let agent: string;
    const byTitle = new Map<string, string>();
    const titles = (response: GraphQLResponse<ListingListQuery>) => {
      expect(response.errors).toBeUndefined();
      return response.data!.listings.edges.map((edge) => edge.node.title);
    };
    const list = (variables: ListingListQueryVariables) => search.viewer.query(ListingListDocument, { first: 50, ...variables });

    beforeAll(async () => {
      search = await createOrganization(app, 'ListingSearch');
      agent = (await search.member.query(ListingMeDocument)).data!.me.id;
      const rows: [string, PropertyType, string, number | null, string | null, ListingStatus, string | null, boolean][] = [
        // title, type, price, beds, baths, status, city, with agent
        ['Alder house', 'HOUSE', '250000', 3, '2', 'ACTIVE', 'Portland', true],
        ['Birch condo', 'CONDO', '180000', 1, '1', 'ACTIVE', 'Seattle', false],
        ['Cedar townhouse', 'TOWNHOUSE', '320000', 3, '2.5', 'PENDING', 'Portland', true],
        ['Dogwood lot', 'LAND', '90000', null, null, 'ACTIVE', 'Bend', false],
        ['Elm estate', 'HOUSE', '1200000', 6, '4.5', 'ACTIVE', 'Seattle', false],
        ['Fir duplex', 'MULTI_FAMILY', '540000', 4, '3', 'SOLD', 'South Portland', false],
        ['Ginkgo office', 'COMMERCIAL', '2000000', 0, '1.5', 'DRAFT', null, false],
      ];
      for (const [title, propertyType, price, bedrooms, bathrooms, status, city, withAgent] of rows) {
        const listing = await create(
          { title, propertyType, price, bedrooms, bathrooms, status, city, ...(withAgent ? { agentId: agent } : {}) },
          search.member,
        );
        byTitle.set(title, listing.id);
      }
    });

    it('price range (gte/lte) and minimum beds and baths', async () => {
      expect(titles(await list({ filter: { price: { gte: '180000', lte: '540000' } }, orderBy: [{ field: 'PRICE' }] }))).toEqual([
        'Birch condo',
        'Alder house',
        'Cedar townhouse',
        'Fir duplex',
      ]);
      expect(titles(await list({ filter: { bedrooms: { gte: 3 } }, orderBy: [{ field: 'TITLE' }] }))).toEqual([
        'Alder house',
        'Cedar townhouse',
        'Elm estate',
        'Fir duplex',
      ]);
      expect(titles(await list({ filter: { bathrooms: { gte: '2.5' } }, orderBy: [{ field: 'TITLE' }] }))).toEqual([
        'Cedar townhouse',
        'Elm estate',
        'Fir duplex',
      ]);
      // The typical search: active, at most 600k, at least 3 beds and 2 baths.
      const response = await list({
        filter: { status: { equals: 'ACTIVE' }, price: { lte: '600000' }, bedrooms: { gte: 3 }, bathrooms: { gte: '2' } },
      });
      expect(titles(response)).toEqual(['Alder house']);
      expect(response.data!.listings.totalCount).toBe(1);
    });

    it('status, property type, city (equals is exact, contains ignores case), agent, title', async () => {
      const sorted = async (filter: ListingFilter) => titles(await list({ filter, orderBy: [{ field: 'TITLE' }] }));
      expect(await sorted({ status: { in: ['PENDING', 'SOLD'] } })).toEqual(['Cedar townhouse', 'Fir duplex']);
      expect(await sorted({ propertyType: { equals: 'HOUSE' } })).toEqual(['Alder house', 'Elm estate']);
      expect(await sorted({ propertyType: { in: ['LAND', 'COMMERCIAL'] } })).toEqual(['Dogwood lot', 'Ginkgo office']);
      expect(await sorted({ city: { equals: 'Portland' } })).toEqual(['Alder house', 'Cedar townhouse']);
      expect(await sorted({ city: { contains: 'portland' } })).toEqual(['Alder house', 'Cedar townhouse', 'Fir duplex']);
      expect(await sorted({ city: { isNull: true } })).toEqual(['Ginkgo office']);
      expect(await sorted({ agentId: { equals: agent } })).toEqual(['Alder house', 'Cedar townhouse']);
      expect(await sorted({ title: { startsWith: 'e' } })).toEqual(['Elm estate']);
      expect(await sorted({ OR: [{ propertyType: { equals: 'CONDO' } }, { price: { gte: '1500000' } }] })).toEqual([
        'Birch condo',
        'Ginkgo office',
      ]);
      // Listings without bedrooms (land) are kept by NOT, as SQL NULLs would otherwise drop them.
      expect(await sorted({ NOT: { bedrooms: { gte: 1 } } })).toEqual(['Dogwood lot', 'Ginkgo office']);
    });

    it('a filter id of the wrong type is BAD_USER_INPUT', async () => {
      const response = await list({ filter: { agentId: { equals: byTitle.get('Alder house') } } });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(fieldOf(response)).toBe('agentId');
    });

    it('orders by price, title, bedrooms, createdAt (newest first by default)', async () => {
      expect(titles(await list({}))).toEqual([
        'Ginkgo office',
        'Fir duplex',
        'Elm estate',
        'Dogwood lot',
        'Cedar townhouse',
        'Birch condo',
        'Alder house',
      ]);
      expect(titles(await list({ orderBy: [{ field: 'PRICE', direction: 'DESC' }] }))).toEqual([
        'Ginkgo office',
        'Elm estate',
        'Fir duplex',
        'Cedar townhouse',
        'Alder house',
        'Birch condo',
        'Dogwood lot',
      ]);
      expect(titles(await list({ orderBy: [{ field: 'TITLE', direction: 'DESC' }] }))).toEqual([
        'Ginkgo office',
        'Fir duplex',
        'Elm estate',
        'Dogwood lot',
        'Cedar townhouse',
        'Birch condo',
        'Alder house',
      ]);
      expect(titles(await list({ filter: { bedrooms: { isNull: false } }, orderBy: [{ field: 'BEDROOMS' }, { field: 'PRICE' }] }))).toEqual(
        ['Ginkgo office', 'Birch condo', 'Alder house', 'Cedar townhouse', 'Fir duplex', 'Elm estate'],
      );
      expect(titles(await list({ orderBy: [{ field: 'CREATED_AT', direction: 'ASC' }] }))[0]).toBe('Alder house');
    });

    async function allPages(orderBy: ListingOrder[], first: number) {
      const seen: string[] = [];
      let after: string | null | undefined;
      for (;;) {
        const response = await search.viewer.query(ListingListDocument, { first, after, orderBy });
        expect(response.errors).toBeUndefined();
        const page = response.data!.listings;
        expect(page.totalCount).toBe(7);
        seen.push(...page.edges.map((edge) => edge.node.title));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return seen;
    }

    it('pages with first/after keep the order and the totalCount', async () => {
      expect(await allPages([{ field: 'PRICE' }], 3)).toEqual([
        'Dogwood lot',
        'Birch condo',
        'Alder house',
        'Cedar townhouse',
        'Fir duplex',
        'Elm estate',
        'Ginkgo office',
      ]);
      // Pages split between equal bedrooms and across the listing without any (NULL).
      for (const direction of ['ASC', 'DESC'] as const) {
        const orderBy: ListingOrder[] = [{ field: 'BEDROOMS', direction }];
        const oneByOne = await allPages(orderBy, 1);
        expect(new Set(oneByOne).size).toBe(7);
        expect(oneByOne).toEqual(titles(await list({ orderBy })));
        expect(await allPages(orderBy, 2)).toEqual(oneByOne);
      }
      const tooBig = await search.viewer.query(ListingListDocument, { first: 101 });
      expect(codes(tooBig)).toEqual(['BAD_USER_INPUT']);
    });

    it("another organization's listings never show up", async () => {
      const response = await list({});
      expect(response.data!.listings.totalCount).toBe(7);
      const ids = response.data!.listings.edges.map((edge) => edge.node.id);
      expect(ids).toEqual(expect.arrayContaining([...byTitle.values()]));
    });
  });

  describe('soft delete', () => {
    it('deleteListing hides it from lists (deleted: ONLY shows it); restoreListing brings it back; both idempotent', async () => {
      const { id } = await create(minimal({ title: 'Trash me' }));
      const inList = async (deleted?: DeletedFilter) =>
        (await org.viewer.query(ListingListDocument, { first: 100, deleted, filter: { id: { equals: id } } })).data!.listings.totalCount;

      const denied = await org.member.query(ListingDeleteDocument, { id });
      expect(codes(denied)).toEqual(['FORBIDDEN']);
      expect(await inList()).toBe(1);

      const deleted = await org.admin.query(ListingDeleteDocument, { id });
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data!.deleteListing.listing.deletedAt).toEqual(expect.any(String));
      const again = await org.admin.query(ListingDeleteDocument, { id });
      expect(again.data!.deleteListing.listing.deletedAt).toBe(deleted.data!.deleteListing.listing.deletedAt);
      expect(await inList()).toBe(0);
      expect(await inList('ONLY')).toBe(1);
      expect(await inList('INCLUDE')).toBe(1);
      expect((await read(id)).deletedAt).toEqual(expect.any(String));

      const restored = await org.admin.query(ListingRestoreDocument, { id });
      expect(restored.errors).toBeUndefined();
      expect(restored.data!.restoreListing.listing.deletedAt).toBeNull();
      expect(await inList()).toBe(1);
      expect(await inList('ONLY')).toBe(0);
    });
  });

  describe('deals linked to a listing', () => {
    let listingId: string;
    beforeAll(async () => {
      listingId = (await create(minimal({ title: 'With deals' }))).id;
    });

    it('createDeal/updateDeal link and unlink; listing.deals counts only non-deleted deals; deals filter by listingId', async () => {
      const first = await org.member.query(ListingCreateDealDocument, { input: { deal: { name: 'Offer A' }, listingId } });
      expect(first.errors).toBeUndefined();
      expect(first.data!.createDeal.deal.listing).toEqual({ id: listingId, title: 'With deals' });
      const second = await org.member.query(ListingCreateDealDocument, { input: { deal: { name: 'Offer B' } } });
      const secondId = second.data!.createDeal.deal.id;
      expect(second.data!.createDeal.deal.listing).toBeNull();
      const linked = await org.member.query(ListingUpdateDealDocument, { input: { id: secondId, listingId } });
      expect(linked.errors).toBeUndefined();
      expect(linked.data!.updateDeal.deal.listing).toEqual({ id: listingId });

      let listing = await read(listingId);
      expect(listing.deals.totalCount).toBe(2);
      expect(listing.deals.edges.map((edge) => edge.node.name)).toEqual(['Offer B', 'Offer A']);
      expect(listing.deals.edges.every((edge) => edge.node.listing?.id === listingId)).toBe(true);

      const filtered = await org.viewer.query(ListingDealsDocument, { filter: { listingId: { equals: listingId } } });
      expect(filtered.errors).toBeUndefined();
      expect(filtered.data!.deals.totalCount).toBe(2);
      const unlinkedDeals = await org.viewer.query(ListingDealsDocument, { filter: { listingId: { isNull: true } } });
      expect(unlinkedDeals.data!.deals.edges.every((edge) => edge.node.listing === null)).toBe(true);

      expect((await org.admin.query(ListingDeleteDealDocument, { id: first.data!.createDeal.deal.id })).errors).toBeUndefined();
      listing = await read(listingId);
      expect(listing.deals.totalCount).toBe(1);

      const unlinked = await org.member.query(ListingUpdateDealDocument, { input: { id: secondId, listingId: null } });
      expect(unlinked.errors).toBeUndefined();
      expect(unlinked.data!.updateDeal.deal.listing).toBeNull();
      expect((await read(listingId)).deals.totalCount).toBe(0);
    });

    it('a listingId of another type or of another organization is BAD_USER_INPUT and writes nothing', async () => {
      const deal = (await org.member.query(ListingCreateDealDocument, { input: { deal: { name: 'Picky' } } })).data!.createDeal.deal.id;
      const theirs = await create(minimal({ title: 'Their listing' }), other.member);
      for (const [send, field] of [
        [() => org.member.query(ListingCreateDealDocument, { input: { deal: { name: 'Wrong type' }, listingId: deal } }), 'listingId'],
        [() => org.member.query(ListingUpdateDealDocument, { input: { id: deal, listingId: deal } }), 'listingId'],
        [() => org.member.query(ListingCreateDealDocument, { input: { deal: { name: 'Foreign' }, listingId: theirs.id } }), undefined],
        [() => org.member.query(ListingUpdateDealDocument, { input: { id: deal, listingId: theirs.id } }), undefined],
      ] as const) {
        const before = await snapshot();
        const theirsBefore = await snapshot(other.id);
        const response = await send();
        expect(codes(response)).toEqual(['BAD_USER_INPUT']);
        expect(fieldOf(response)).toBe(field);
        expect(response.data).toBeNull();
        expect(await snapshot()).toEqual(before);
        expect(await snapshot(other.id)).toEqual(theirsBefore);
      }
    });
  });

  it('the example search (src/operations/listing-search.graphql) costs as many statements for 3 listings as for 12', async () => {
    const search = readFileSync(new URL('../../../src/operations/listing-search.graphql', import.meta.url), 'utf8');
    const page = await createOrganization(app, 'ListingPage');
    const agent = (await page.member.query(ListingMeDocument)).data!.me.id;
    for (let i = 0; i < 12; i += 1) {
      const listing = await create(
        {
          title: `Page ${i}`,
          propertyType: 'HOUSE',
          status: 'ACTIVE',
          price: `${300000 + i}`,
          bedrooms: 3,
          bathrooms: '2',
          city: 'Denver',
          agentId: agent,
          media: [{ url: `https://img.example.com/${i}.jpg`, caption: 'Front' }],
        },
        page.member,
      );
      for (const name of ['Offer 1', 'Offer 2'])
        await page.member.query(ListingCreateDealDocument, { input: { deal: { name }, listingId: listing.id } });
    }
    const variables = { minPrice: '300000', maxPrice: '400000', minBedrooms: 3, minBathrooms: '2', city: 'denver' };
    await page.viewer.query<ListingSearchResult>(search, { ...variables, first: 3 }); // warm-up
    const measure = async (first: number) => {
      const counter = app.database.statements;
      counter.reset();
      const response = await page.viewer.query<ListingSearchResult>(search, { ...variables, first });
      expect(response.errors).toBeUndefined();
      return { count: counter.count, data: response.data };
    };
    const small = await measure(3);
    const large = await measure(12);
    expect(large.data!.listings.totalCount).toBe(12);
    expect(large.data!.listings.edges).toHaveLength(12);
    for (const { node } of large.data!.listings.edges) {
      expect(node.agent?.id).toBe(agent);
      expect(node.deals.totalCount).toBe(2);
      expect(node.media).toHaveLength(1);
    }
    expect(large.count).toBe(small.count);
  });
});
