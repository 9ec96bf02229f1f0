import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { PropertyTypeEnum, ListingStatusEnum } from './types.js';

const ListingStatusFilter = enumFilter(ListingStatusEnum, 'ListingStatus');
const PropertyTypeFilter = enumFilter(PropertyTypeEnum, 'PropertyType');

// Every field here has an index (see model Listing in prisma/schema.prisma); city and title
// contains/startsWith use the trigram indexes.
export const listingFilter = defineFilter('Listing', () => ({
  id: { kind: 'id', column: 'id', type: 'Listing' },
  title: { kind: 'string', column: 'title' },
  status: { kind: 'enum', column: 'status', filter: ListingStatusFilter },
  propertyType: { kind: 'enum', column: 'propertyType', filter: PropertyTypeFilter },
  price: { kind: 'decimal', column: 'price' },
  bedrooms: { kind: 'int', column: 'bedrooms' },
  bathrooms: { kind: 'decimal', column: 'bathrooms' },
  city: { kind: 'string', column: 'city' },
  agentId: { kind: 'id', column: 'agentId', type: 'User' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
  updatedAt: { kind: 'dateTime', column: 'updatedAt' },
}));

export const listingOrder = defineOrderBy(
  'Listing',
  { CREATED_AT: ['createdAt'], UPDATED_AT: ['updatedAt'], PRICE: ['price'], TITLE: ['title'], BEDROOMS: ['bedrooms'] },
  { field: 'CREATED_AT', direction: 'DESC' },
);

defineListQuery({
  field: 'listings',
  type: 'Listing',
  delegate: 'listing',
  filter: listingFilter,
  order: listingOrder,
  description:
    'Property listings of the current organization. Price range: filter { price: { gte, lte } }; minimum beds/baths: bedrooms/bathrooms { gte }.',
});
