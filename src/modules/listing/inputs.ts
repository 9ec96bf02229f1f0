import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import {
  clearable,
  currency,
  given,
  globalId,
  intBetween,
  jsonObject,
  money,
  nullMeans,
  omittable,
  optionalText,
  tags,
  text,
  url,
  type InputFields,
} from '../../schema/validation.js';
import { MAX_MEDIA } from './service.js';
import { ListingStatusEnum, PropertyTypeEnum } from './types.js';

/** A listing's price is numeric(14, 2). */
const MAX_PRICE = 1e12;
const INT_MAX = 2_147_483_647;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

const ListingMediaInput = builder.inputType('ListingMediaInput', {
  fields: (f) => ({
    url: f.string({ required: true, description: 'An http(s) URL, at most 2048 characters.' }),
    caption: f.string({ description: 'At most 500 characters.' }),
  }),
});

function listingFields<Create extends boolean>(f: InputFields, create: Create) {
  return {
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
  };
}

export const CreateListingInput = builder.inputType('CreateListingInput', { fields: (f) => listingFields(f, true) });
export const UpdateListingInput = builder.inputType('UpdateListingInput', {
  fields: (f) => ({ id: f.id({ required: true }), ...listingFields(f, false) }),
});

const country = optionalText(2).transform((value, ctx) => {
  if (!value) return value;
  const code = value.toUpperCase();
  const name = /^[A-Z]{2}$/.test(code) ? regionNames.of(code) : undefined;
  if (!name || name === 'Unknown Region') {
    ctx.addIssue({ code: 'custom', message: '{field} must be an ISO 3166-1 alpha-2 code such as US' });
    return z.NEVER;
  }
  return code;
});

// numeric(4,1) holds up to 999.9; baths come in halves.
const bathrooms = z.string().refine((value) => Number(value) >= 0 && Number(value) <= 999.5 && Number.isInteger(Number(value) * 2), {
  message: '{field} must be between 0 and 999.5 in steps of 0.5',
});

/** From 1600 to next year, as of the request. */
const yearBuilt = z.number().superRefine((value, ctx) => {
  const max = new Date().getUTCFullYear() + 1;
  if (value < 1600 || value > max) ctx.addIssue({ code: 'custom', message: `{field} must be between 1600 and ${max}` });
});

const mediaItem = z.object({
  url: url().refine((link) => link !== null, { message: '{field} is required' }),
  caption: optionalText(500).transform((caption) => caption ?? null),
});

const title = text({ min: 1, max: 200 });
const propertyType = given<typeof PropertyTypeEnum.$inferInput>();
const price = money(MAX_PRICE);

const listingRules = {
  description: optionalText(10_000),
  status: omittable(given<typeof ListingStatusEnum.$inferInput>()),
  currency: omittable(currency()),
  addressLine1: optionalText(200),
  addressLine2: optionalText(200),
  city: optionalText(100),
  region: optionalText(100),
  postalCode: optionalText(20),
  country: clearable(country),
  bedrooms: clearable(intBetween(0, 1000)),
  bathrooms: clearable(bathrooms),
  squareFeet: clearable(intBetween(0, INT_MAX)),
  lotSizeSqft: clearable(intBetween(0, INT_MAX)),
  yearBuilt: clearable(yearBuilt),
  features: tags(),
  media: nullMeans(z.array(mediaItem).max(MAX_MEDIA, { message: `{field}: at most ${MAX_MEDIA} items` }), () => []),
  customFields: jsonObject(),
  agentId: clearable(globalId('User')),
};

export const createListingSchema = z.object({ title, propertyType, price, ...listingRules });
export const updateListingSchema = z.object({
  id: globalId('Listing'),
  title: omittable(title),
  propertyType: omittable(propertyType),
  price: omittable(price),
  ...listingRules,
});
export type CreateListing = z.output<typeof createListingSchema>;
export type UpdateListing = z.output<typeof updateListingSchema>;
