import type { Context } from '../../context/index.js';
import { blameBrokenReference } from '../../schema/error-mapping.js';
import { badInput } from '../../schema/errors.js';
import { parseGlobalId, parseOptionalGlobalId } from '../../schema/global-ids.js';
import { defined, intInRange, jsonObject, tags, text, url } from '../../schema/validation-legacy.js';

export interface ListingMediaItem {
  url: string;
  caption: string | null;
}

/** What createListing and updateListing accept (updateListing: every field optional). */
export interface ListingFields {
  title?: string | null;
  description?: string | null;
  propertyType?: string | null;
  status?: string | null;
  price?: string | null;
  currency?: string | null;
  addressLine1?: string | null;
  addressLine2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
  bedrooms?: number | null;
  bathrooms?: string | null;
  squareFeet?: number | null;
  lotSizeSqft?: number | null;
  yearBuilt?: number | null;
  features?: readonly string[] | null;
  media?: readonly { url?: string | null; caption?: string | null }[] | null;
  customFields?: Record<string, unknown> | null;
  agentId?: string | number | null;
}

export const MAX_MEDIA = 50;
const INT_MAX = 2_147_483_647;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The stored media column as typed items (rows written by other tools may hold anything). */
export function mediaItems(value: unknown): ListingMediaItem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is { url: string; caption?: unknown } => typeof item?.url === 'string')
    .map((item) => ({ url: item.url, caption: typeof item.caption === 'string' ? item.caption : null }));
}

function required<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badInput(`${field} cannot be null`, field);
  return value;
}

function price(value: string | null | undefined) {
  if (required(value, 'price') === undefined) return undefined;
  if (Number(value) < 0) throw badInput('price cannot be negative', 'price');
  return value;
}

function currencyCode(value: string | null | undefined) {
  if (required(value, 'currency') === undefined) return undefined;
  const code = value!.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw badInput('currency must be a 3-letter ISO 4217 code', 'currency');
  return code;
}

function country(value: string | null | undefined) {
  const code = text(value, 'country', { max: 2, nullable: true })?.toUpperCase();
  if (!code) return code;
  const name = /^[A-Z]{2}$/.test(code) ? regionNames.of(code) : undefined;
  if (!name || name === 'Unknown Region') throw badInput('country must be an ISO 3166-1 alpha-2 code such as US', 'country');
  return code;
}

function bathrooms(value: string | null | undefined) {
  if (value === undefined || value === null) return value;
  const count = Number(value);
  // numeric(4,1) holds up to 999.9; baths come in halves.
  if (!(count >= 0 && count <= 999.5) || !Number.isInteger(count * 2)) {
    throw badInput('bathrooms must be between 0 and 999.5 in steps of 0.5', 'bathrooms');
  }
  return value;
}

function yearBuilt(value: number | null | undefined) {
  return intInRange(value, 'yearBuilt', 1600, new Date().getUTCFullYear() + 1, true);
}

export function media(items: ListingFields['media']): ListingMediaItem[] | undefined {
  if (items === undefined) return undefined;
  if (items === null) return [];
  if (items.length > MAX_MEDIA) throw badInput(`media: at most ${MAX_MEDIA} items`, 'media');
  return items.map((item, index) => {
    const field = `media[${index}]`;
    const link = url(item.url ?? null, `${field}.url`);
    if (!link) throw badInput(`${field}.url is required`, `${field}.url`);
    return { url: link, caption: text(item.caption, `${field}.caption`, { max: 500, nullable: true }) ?? null };
  });
}

/** Validated column values; `undefined` leaves a column untouched, `null` clears an optional one. */
export function listingData(input: ListingFields) {
  return defined({
    title: text(input.title, 'title', { min: 1, max: 200 }),
    description: text(input.description, 'description', { max: 10_000, nullable: true }),
    propertyType: required(input.propertyType, 'propertyType'),
    status: required(input.status, 'status'),
    price: price(input.price),
    currency: currencyCode(input.currency),
    addressLine1: text(input.addressLine1, 'addressLine1', { max: 200, nullable: true }),
    addressLine2: text(input.addressLine2, 'addressLine2', { max: 200, nullable: true }),
    city: text(input.city, 'city', { max: 100, nullable: true }),
    region: text(input.region, 'region', { max: 100, nullable: true }),
    postalCode: text(input.postalCode, 'postalCode', { max: 20, nullable: true }),
    country: country(input.country),
    bedrooms: intInRange(input.bedrooms, 'bedrooms', 0, 1000, true),
    bathrooms: bathrooms(input.bathrooms),
    squareFeet: intInRange(input.squareFeet, 'squareFeet', 0, INT_MAX, true),
    lotSizeSqft: intInRange(input.lotSizeSqft, 'lotSizeSqft', 0, INT_MAX, true),
    yearBuilt: yearBuilt(input.yearBuilt),
    features: tags(input.features, 'features'),
    media: media(input.media),
    customFields: jsonObject(input.customFields, 'customFields'),
    agentId: parseOptionalGlobalId(input.agentId, 'User', 'agentId'),
  });
}

/**
 * The agent is the only reference a listing write takes from the client, so a foreign-key
 * failure (the composite (org_id, agent_id) → memberships key: a non-member, or another
 * organization's user) is reported on agentId.
 */
const writing = <T>(write: Promise<T>) =>
  blameBrokenReference(write, () => ({ field: 'agentId', message: 'agentId is not a member of this organization' }));

export function createListing(ctx: Context, input: ListingFields) {
  const data = listingData(input);
  return writing(ctx.prisma.listing.create({ data: { ...data, orgId: ctx.orgId! } as never }));
}

export function updateListing(ctx: Context, globalId: string, input: ListingFields) {
  const id = parseGlobalId(globalId, 'Listing');
  return writing(ctx.prisma.listing.update({ where: { id }, data: listingData(input) as never }));
}
