import { tenantOf, type Context } from '../context/index.js';
import { Prisma } from '../generated/prisma/client.js';

/** Tables whose rows a mutation locks before a read-then-write: a fixed list, so no name comes from input. */
export type LockableTable = 'leads' | 'deals' | 'pipelines' | 'pipeline_stages' | 'memberships' | 'automations' | 'api_keys';

/**
 * Locks one row of the request's organization until the request's transaction ends, before the
 * mutation reads what it will decide on. Concurrent requests on the same row then run one after
 * the other, each seeing what the previous committed (READ COMMITTED reads would otherwise let
 * two of them act on the same stale state: four parallel convertLead calls converted one lead
 * four times). Waiting is bounded by lock_timeout (DATABASE_LOCK_TIMEOUT_MS), answered with
 * CONCURRENT_MODIFICATION. RLS applies: another organization's row is never locked. The key names
 * org_id, so the lookup routes to one shard once tables are distributed (docs/SCALING.md).
 */
export async function lockRowForUpdate(ctx: Context, table: LockableTable, id: string): Promise<void> {
  await ctx.prisma.$queryRaw(
    Prisma.sql`SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE org_id = ${tenantOf(ctx).orgId}::uuid AND id = ${id}::uuid FOR UPDATE`,
  );
}
