import type { Prisma } from '../../generated/prisma/client.js';

/**
 * The one rule of who has a tool (README "Marketplace"): an ACTIVE purchase that is not past its
 * expiresAt, nor past the expiresAt of the bundle purchase that granted it. A CANCELLED,
 * REFUNDED or EXPIRED purchase grants nothing; so does an ACTIVE one whose time ran out before the
 * hourly expiry job marked it. Every check uses this: MarketplaceTool.purchased,
 * ToolBundle.purchased, ToolPurchase.grantsAccess, recordToolUsage.
 */
export function grantingAccess(now: Date = new Date()) {
  const notExpired = { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  return {
    status: 'ACTIVE',
    AND: [notExpired],
  } satisfies Prisma.BundlePurchaseWhereInput;
}

/** grantingAccess for tool purchases: also the bundle purchase that granted the tool, if any, must not be past its expiresAt. */
export function toolGrantingAccess(now: Date = new Date()) {
  const notExpired = { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  return {
    status: 'ACTIVE',
    AND: [notExpired, { OR: [{ bundlePurchaseId: null }, { bundlePurchase: notExpired }] }],
  } satisfies Prisma.ToolPurchaseWhereInput;
}

interface PurchaseState {
  status: string;
  expiresAt: Date | null;
  bundlePurchase?: { expiresAt: Date | null } | null;
}

/** The same rule on a loaded purchase. */
export function purchaseGrantsAccess(purchase: PurchaseState, now: Date = new Date()): boolean {
  const live = (expiresAt: Date | null) => expiresAt === null || expiresAt > now;
  return purchase.status === 'ACTIVE' && live(purchase.expiresAt) && live(purchase.bundlePurchase?.expiresAt ?? null);
}
