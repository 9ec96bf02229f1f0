import { builder } from '../../schema/builder.js';
import { memberAsUser } from '../organization/types.js';
import { mediaItems, type ListingMediaItem } from './service.js';
import { tenantNode } from '../../context/tenant-key.js';

export const PropertyTypeEnum = builder.enumType('PropertyType', {
  values: ['HOUSE', 'CONDO', 'TOWNHOUSE', 'LAND', 'COMMERCIAL', 'MULTI_FAMILY', 'OTHER'] as const,
});

export const ListingStatusEnum = builder.enumType('ListingStatus', {
  description: 'Where a listing is in its life; new listings start as DRAFT.',
  values: ['DRAFT', 'ACTIVE', 'PENDING', 'SOLD', 'EXPIRED', 'WITHDRAWN'] as const,
});

export const ListingMediaType = builder.objectRef<ListingMediaItem>('ListingMedia').implement({
  description: 'A photo or document of a listing; the list is in display order.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'An http(s) URL.' }),
    caption: t.exposeString('caption', { nullable: true }),
  }),
});

export const ListingType = builder.prismaNode('Listing', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  description: 'A property for sale or rent (real estate).',
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    propertyType: t.expose('propertyType', { type: PropertyTypeEnum }),
    status: t.expose('status', { type: ListingStatusEnum }),
    price: t.expose('price', { type: 'Decimal' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, e.g. USD.' }),
    addressLine1: t.exposeString('addressLine1', { nullable: true }),
    addressLine2: t.exposeString('addressLine2', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    region: t.exposeString('region', { nullable: true, description: 'State, province or county.' }),
    postalCode: t.exposeString('postalCode', { nullable: true }),
    country: t.exposeString('country', { nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. US.' }),
    bedrooms: t.exposeInt('bedrooms', { nullable: true }),
    bathrooms: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'In steps of 0.5 (a half bath), e.g. "2.5".',
      select: { bathrooms: true },
      // One decimal, as stored: "2.5" rather than the two decimals of money amounts.
      resolve: (listing) => listing.bathrooms?.toFixed(1) ?? null,
    }),
    squareFeet: t.exposeInt('squareFeet', { nullable: true }),
    lotSizeSqft: t.exposeInt('lotSizeSqft', { nullable: true }),
    yearBuilt: t.exposeInt('yearBuilt', { nullable: true }),
    features: t.exposeStringList('features', { description: 'Free-form labels such as "pool" (like tags).' }),
    media: t.field({
      type: [ListingMediaType],
      select: { media: true },
      resolve: (listing) => mediaItems(listing.media),
    }),
    customFields: t.expose('customFields', { type: 'JSONObject' }),
    agent: t.field(memberAsUser('agent', 'The listing agent: a member of this organization.')),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    deals: t.relatedConnection('deals', {
      cursor: 'orgId_id',
      totalCount: true,
      description: 'Deals linked to this listing (not deleted), newest first.',
      query: { where: { deletedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
    }),
    activities: t.relatedConnection('activities', {
      cursor: 'orgId_id',
      totalCount: true,
      description: 'Showings, open houses and other activities about this listing, newest first.',
      query: { where: { deletedAt: null }, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }] },
    }),
  }),
});
