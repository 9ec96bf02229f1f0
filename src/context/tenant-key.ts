import { tenantOf, type Context } from './index.js';

/**
 * The primary key of a row of the request's organization. Every tenant table is keyed by
 * (org_id, id), so a sharded PostgreSQL can distribute it by org_id (docs/SCALING.md); a unique
 * lookup names both, and stays one index probe.
 */
export function tenantKey(ctx: Context, id: string): { orgId_id: { orgId: string; id: string } } {
  return { orgId_id: { orgId: tenantOf(ctx).orgId, id } };
}

/**
 * A tenant type's node options: the global id stays `Type:<uuid>` (the public contract), and
 * node(id) finds the row by the request's organization and that uuid.
 */
export const tenantNode = {
  id: { resolve: (row: { id: string }) => row.id },
  findUnique: (id: string, ctx: Context) => tenantKey(ctx, id),
};
