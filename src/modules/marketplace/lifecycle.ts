import { tenantOf, type Context } from '../../context/index.js';
import type { TransactionClient } from '../../db/request-transaction.js';
import { tenantKey } from '../../context/tenant-key.js';
import { invalidPurchaseTransition, noActivePurchase, notFound } from '../../schema/errors.js';
import { toolGrantingAccess } from './access.js';

// A purchase's lifecycle (README "Marketplace"). Each change is one guarded UPDATE (… WHERE
// status = the allowed one), so two concurrent requests cannot both apply it; the loser reads
// the status the winner left and answers INVALID_PURCHASE_TRANSITION. The trigger
// enforce_purchase_transition (sql/40_marketplace.sql) holds the same rule for any writer, and
// the audit trigger records who made each change.

/** Cancels an ACTIVE tool purchase of the organization (ADMIN and OWNER: the role matrix). */
export async function cancelToolPurchase(ctx: Context, id: string) {
  const orgId = tenantOf(ctx).orgId;
  const { count } = await ctx.prisma.toolPurchase.updateMany({ where: { orgId, id, status: 'ACTIVE' }, data: { status: 'CANCELLED' } });
  if (count === 0) {
    const purchase = await ctx.prisma.toolPurchase.findUnique({ where: tenantKey(ctx, id), select: { status: true } });
    if (!purchase) throw notFound('ToolPurchase');
    throw invalidPurchaseTransition('tool purchase', purchase.status, 'CANCELLED');
  }
  return ctx.prisma.toolPurchase.findUniqueOrThrow({ where: tenantKey(ctx, id) });
}

/**
 * Cancels an ACTIVE bundle purchase and, in the same transaction, the ACTIVE tool purchases it
 * granted: they came with the bundle and go with it. Tools the organization bought on their own
 * (before or after) are not touched.
 */
export async function cancelBundlePurchase(ctx: Context, id: string) {
  const orgId = tenantOf(ctx).orgId;
  const { count } = await ctx.prisma.bundlePurchase.updateMany({ where: { orgId, id, status: 'ACTIVE' }, data: { status: 'CANCELLED' } });
  if (count === 0) {
    const purchase = await ctx.prisma.bundlePurchase.findUnique({ where: tenantKey(ctx, id), select: { status: true } });
    if (!purchase) throw notFound('BundlePurchase');
    throw invalidPurchaseTransition('bundle purchase', purchase.status, 'CANCELLED');
  }
  await ctx.prisma.toolPurchase.updateMany({ where: { orgId, bundlePurchaseId: id, status: 'ACTIVE' }, data: { status: 'CANCELLED' } });
  return ctx.prisma.bundlePurchase.findUniqueOrThrow({ where: tenantKey(ctx, id) });
}

interface RefundOutcome {
  outcome: 'refunded' | 'not_found' | 'invalid';
  status: string | null;
  status_changed_at: Date | null;
  tools_refunded: number;
}

export interface RefundResult {
  organizationId: string;
  purchaseId: string;
  status: 'REFUNDED';
  statusChangedAt: Date;
  toolPurchasesRefunded: number;
}

/**
 * Refunds an ACTIVE or CANCELLED purchase as a platform administrator (the role matrix let only
 * them in). They are not members of the organization: app.refund_purchase (SECURITY DEFINER)
 * checks the flag again and writes in that organization for its own statements only.
 */
export async function refundPurchase(ctx: Context, kind: 'tool' | 'bundle', organizationId: string, id: string): Promise<RefundResult> {
  const [result] = await ctx.prisma.$queryRaw<RefundOutcome[]>`
    SELECT outcome, status::text AS status, status_changed_at, tools_refunded
      FROM app.refund_purchase(${kind}, ${organizationId}::uuid, ${id}::uuid)`;
  const what = kind === 'tool' ? 'ToolPurchase' : 'BundlePurchase';
  switch (result?.outcome) {
    case 'refunded':
      return {
        organizationId,
        purchaseId: id,
        status: 'REFUNDED',
        statusChangedAt: result.status_changed_at!,
        toolPurchasesRefunded: result.tools_refunded,
      };
    case 'not_found':
      throw notFound(what);
    case 'invalid':
      throw invalidPurchaseTransition(kind === 'tool' ? 'tool purchase' : 'bundle purchase', result.status ?? 'unknown', 'REFUNDED');
    default:
      throw new Error(`app.refund_purchase answered ${String(result?.outcome)}`);
  }
}

/**
 * Counts a use of a tool the organization has access to (toolGrantingAccess; NO_ACTIVE_PURCHASE
 * otherwise). Not a write per call: the UPDATE changes the row only when the last counted use
 * is a minute old or more, so a client calling on every screen or request writes at most once
 * a minute per tool and organization (60 calls a minute: 1 write, not 60) and usageCount counts
 * minutes of use. The WHERE is re-checked on the locked row, so concurrent calls count once.
 * Neither column is audited (bookkeeping, not a change: sql/50_audit_log.sql) and updated_at
 * stays: usage does not change the purchase.
 */
export async function recordToolUsage(ctx: Context, toolId: string) {
  const orgId = tenantOf(ctx).orgId;
  const purchase = await ctx.prisma.toolPurchase.findFirst({ where: { orgId, toolId, ...toolGrantingAccess() }, select: { id: true } });
  if (!purchase) throw noActivePurchase();
  const counted = await ctx.prisma.$executeRaw`
    UPDATE tool_purchases SET last_used_at = now(), usage_count = usage_count + 1
     WHERE org_id = ${orgId}::uuid AND id = ${purchase.id}::uuid
       AND (last_used_at IS NULL OR last_used_at <= now() - interval '1 minute')`;
  return { counted: counted > 0, toolPurchase: await ctx.prisma.toolPurchase.findUniqueOrThrow({ where: tenantKey(ctx, purchase.id) }) };
}

/**
 * The expiry job's work in one organization (src/jobs/tasks.ts runs it inside withTenant, as the
 * API's role under RLS): ACTIVE bundle purchases past expiresAt become EXPIRED with the ACTIVE
 * tools they granted, then ACTIVE tool purchases past their own expiresAt. Returns the counts.
 */
export async function expireDuePurchases(tx: TransactionClient, orgId: string, now: Date) {
  const bundles = await tx.bundlePurchase.updateMany({
    where: { orgId, status: 'ACTIVE', expiresAt: { lte: now } },
    data: { status: 'EXPIRED' },
  });
  const tools = await tx.toolPurchase.updateMany({
    where: {
      orgId,
      status: 'ACTIVE',
      OR: [{ expiresAt: { lte: now } }, { bundlePurchase: { status: 'EXPIRED', expiresAt: { lte: now } } }],
    },
    data: { status: 'EXPIRED' },
  });
  return { bundlePurchases: bundles.count, toolPurchases: tools.count };
}
