import { tenantOf, type Context } from '../../context/index.js';
import { blameBrokenReference } from '../../schema/error-mapping.js';
import type { CreateListing, UpdateListing } from './inputs.js';
import { tenantKey } from '../../context/tenant-key.js';

export interface ListingMediaItem {
  url: string;
  caption: string | null;
}

export const MAX_MEDIA = 50;

/** The stored media column as typed items (rows written by other tools may hold anything). */
export function mediaItems(value: unknown): ListingMediaItem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is { url: string; caption?: unknown } => typeof item?.url === 'string')
    .map((item) => ({ url: item.url, caption: typeof item.caption === 'string' ? item.caption : null }));
}

/**
 * The agent is the only reference a listing write takes from the client, so a foreign-key
 * failure (the composite (org_id, agent_id) → memberships key: a non-member, or another
 * organization's user) is reported on agentId.
 */
const writing = <T>(write: Promise<T>) =>
  blameBrokenReference(write, () => ({ field: 'agentId', message: 'agentId is not a member of this organization' }));

export function createListing(ctx: Context, data: CreateListing) {
  return writing(ctx.prisma.listing.create({ data: { ...data, orgId: tenantOf(ctx).orgId } }));
}

export function updateListing(ctx: Context, input: UpdateListing) {
  const { id, ...data } = input;
  return writing(ctx.prisma.listing.update({ where: tenantKey(ctx, id), data }));
}
