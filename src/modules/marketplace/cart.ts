import { tenantOf, type Context } from '../../context/index.js';
import { Prisma } from '../../generated/prisma/client.js';
import { badInput } from '../../schema/errors.js';
import type { CartItem } from './inputs.js';
import { tenantKey } from '../../context/tenant-key.js';
import { grantingAccess, toolGrantingAccess } from './access.js';
import { expireDuePurchases } from './lifecycle.js';
import { licenceEnd } from './licence.js';

/** The viewer's cart in the current organization, created on first use; returns its id. */
export async function ensureCart(ctx: Context): Promise<string> {
  const where = { orgId_userId: { orgId: tenantOf(ctx).orgId, userId: ctx.viewer!.userId } };
  const existing = await ctx.prisma.shoppingCart.findUnique({ where, select: { id: true } });
  if (existing) return existing.id;
  // Two first requests of one user may race; the unique (org_id, user_id) decides, the loser reads.
  const created = await ctx.prisma.$queryRaw<{ id: string }[]>`
    INSERT INTO shopping_carts (org_id, user_id) VALUES (${ctx.orgId}::uuid, ${ctx.viewer!.userId}::uuid)
    ON CONFLICT (org_id, user_id) DO NOTHING RETURNING id`;
  return created[0]?.id ?? (await ctx.prisma.shoppingCart.findUniqueOrThrow({ where, select: { id: true } })).id;
}

/** What checkout would do with a cart now: what it buys, at which current price, and what it skips. */
export interface CartPlan {
  itemCount: number;
  /** Names of inactive items: checkout refuses while they are in the cart. */
  unavailable: string[];
  /** licenceDays: the catalog's licence length now (null: perpetual), for the purchase's expiresAt. */
  bundles: { bundleId: string; price: Prisma.Decimal; currency: string; licenceDays: number | null }[];
  /**
   * Tools bought alone (bundleId null) or granted by a bundle bought in the same checkout (price 0).
   * licenceDays: the tool's own, or the granting bundle's (a granted tool follows the bundle).
   */
  tools: { toolId: string; price: Prisma.Decimal; currency: string; bundleId: string | null; licenceDays: number | null }[];
  currencies: Set<string>;
  total: Prisma.Decimal;
}

/**
 * Prices a cart at current catalog prices. Bundles come first: each grants its tools the
 * organization does not own yet, and a tool in the cart that a bundle grants is not charged
 * again. Items the organization already owns are skipped (not charged); a bundle whose tools
 * are all owned already is skipped too.
 */
export async function planCart(ctx: Context, cartId: string): Promise<CartPlan> {
  const items = await ctx.prisma.shoppingCartItem.findMany({
    where: { cartId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      tool: { select: { id: true, name: true, price: true, currency: true, active: true, licenceDays: true } },
      bundle: {
        select: {
          id: true,
          name: true,
          bundlePrice: true,
          currency: true,
          active: true,
          licenceDays: true,
          items: { orderBy: [{ position: 'asc' }, { toolId: 'asc' }], select: { toolId: true } },
        },
      },
    },
  });
  const toolIds = new Set<string>();
  for (const item of items) {
    if (item.tool) toolIds.add(item.tool.id);
    for (const bundleItem of item.bundle?.items ?? []) toolIds.add(bundleItem.toolId);
  }
  const bundleIds = items.flatMap((item) => (item.bundle ? [item.bundle.id] : []));
  // Owned = a purchase granting access now; cancelled, refunded and expired ones are bought again.
  const [ownedTools, ownedBundles] = await Promise.all([
    toolIds.size
      ? ctx.prisma.toolPurchase.findMany({
          where: { orgId: tenantOf(ctx).orgId, toolId: { in: [...toolIds] }, ...toolGrantingAccess() },
          select: { toolId: true },
        })
      : [],
    bundleIds.length
      ? ctx.prisma.bundlePurchase.findMany({
          where: { orgId: tenantOf(ctx).orgId, bundleId: { in: bundleIds }, ...grantingAccess() },
          select: { bundleId: true },
        })
      : [],
  ]);
  const granted = new Set(ownedTools.map((row) => row.toolId));
  const bundlesOwned = new Set(ownedBundles.map((row) => row.bundleId));

  const plan: CartPlan = {
    itemCount: items.length,
    unavailable: [],
    bundles: [],
    tools: [],
    currencies: new Set(),
    total: new Prisma.Decimal(0),
  };
  for (const { bundle } of items) {
    if (!bundle || bundlesOwned.has(bundle.id)) continue;
    const newTools = bundle.items.map((item) => item.toolId).filter((toolId) => !granted.has(toolId));
    if (newTools.length === 0) continue;
    if (!bundle.active) {
      plan.unavailable.push(bundle.name);
      continue;
    }
    plan.bundles.push({ bundleId: bundle.id, price: bundle.bundlePrice, currency: bundle.currency, licenceDays: bundle.licenceDays });
    for (const toolId of newTools) {
      granted.add(toolId);
      plan.tools.push({
        toolId,
        price: new Prisma.Decimal(0),
        currency: bundle.currency,
        bundleId: bundle.id,
        licenceDays: bundle.licenceDays,
      });
    }
    plan.currencies.add(bundle.currency);
    plan.total = plan.total.plus(bundle.bundlePrice);
  }
  for (const { tool } of items) {
    if (!tool || granted.has(tool.id)) continue;
    if (!tool.active) {
      plan.unavailable.push(tool.name);
      continue;
    }
    granted.add(tool.id);
    plan.tools.push({ toolId: tool.id, price: tool.price, currency: tool.currency, bundleId: null, licenceDays: tool.licenceDays });
    plan.currencies.add(tool.currency);
    plan.total = plan.total.plus(tool.price);
  }
  return plan;
}

/**
 * Adds a tool or a bundle to the viewer's cart (idempotent). Refuses what cannot be bought:
 * inactive items, what the organization already owns, and an item in another currency than
 * the cart's.
 */
export async function addToCart(ctx: Context, item: CartItem) {
  let currency: string;
  if (item.toolId) {
    const tool = await ctx.prisma.marketplaceTool.findUnique({
      where: { id: item.toolId },
      select: { name: true, active: true, currency: true },
    });
    if (!tool) throw badInput('toolId does not reference a marketplace tool', 'toolId');
    if (!tool.active) throw badInput(`${tool.name} is not available any more`, 'toolId');
    // A cancelled, refunded or expired purchase does not stop buying the tool again (a new purchase).
    const owned = await ctx.prisma.toolPurchase.findFirst({
      where: { orgId: tenantOf(ctx).orgId, toolId: item.toolId, ...toolGrantingAccess() },
      select: { status: true },
    });
    if (owned) throw badInput(`Your organization already owns ${tool.name} (${owned.status})`, 'toolId');
    currency = tool.currency;
  } else {
    const bundle = await ctx.prisma.toolBundle.findUnique({
      where: { id: item.bundleId! },
      select: { name: true, active: true, currency: true, items: { select: { toolId: true } } },
    });
    if (!bundle) throw badInput('bundleId does not reference a tool bundle', 'bundleId');
    if (!bundle.active) throw badInput(`${bundle.name} is not available any more`, 'bundleId');
    const owned = await ctx.prisma.bundlePurchase.findFirst({
      where: { orgId: tenantOf(ctx).orgId, bundleId: item.bundleId!, ...grantingAccess() },
      select: { status: true },
    });
    if (owned) throw badInput(`Your organization already bought ${bundle.name} (${owned.status})`, 'bundleId');
    const ownedTools = await ctx.prisma.toolPurchase.count({
      where: { orgId: tenantOf(ctx).orgId, toolId: { in: bundle.items.map((row) => row.toolId) }, ...toolGrantingAccess() },
    });
    if (bundle.items.length > 0 && ownedTools === bundle.items.length)
      throw badInput(`Your organization already owns every tool of ${bundle.name}`, 'bundleId');
    currency = bundle.currency;
  }
  const cartId = await ensureCart(ctx);
  const other = await ctx.prisma.shoppingCartItem.findFirst({
    where: { cartId, OR: [{ tool: { currency: { not: currency } } }, { bundle: { currency: { not: currency } } }] },
    select: { tool: { select: { currency: true } }, bundle: { select: { currency: true } } },
  });
  if (other) {
    const held = other.tool?.currency ?? other.bundle?.currency;
    throw badInput(`Your cart holds ${held} items; check them out before adding ${currency} items`, item.toolId ? 'toolId' : 'bundleId');
  }
  // Idempotent: the unique (cart_id, tool_id) / (cart_id, bundle_id) keeps one row.
  const added = await ctx.prisma.shoppingCartItem.createMany({
    data: [{ orgId: tenantOf(ctx).orgId, cartId, ...item }],
    skipDuplicates: true,
  });
  return cartAfterChange(ctx, cartId, added.count > 0);
}

/** The cart; its updatedAt moves when its items did. */
function cartAfterChange(ctx: Context, cartId: string, changed: boolean) {
  return changed
    ? ctx.prisma.shoppingCart.update({ where: tenantKey(ctx, cartId), data: { updatedAt: new Date() } })
    : ctx.prisma.shoppingCart.findUniqueOrThrow({ where: tenantKey(ctx, cartId) });
}

/** Removes a tool or a bundle from the viewer's cart; removing what is not there changes nothing. */
export async function removeFromCart(ctx: Context, item: CartItem) {
  const cartId = await ensureCart(ctx);
  const removed = await ctx.prisma.shoppingCartItem.deleteMany({ where: { cartId, ...item } });
  return cartAfterChange(ctx, cartId, removed.count > 0);
}

/**
 * The key of a checkout: the Idempotency-Key header (the general mechanism, src/idempotency,
 * also replays the request's whole answer to the same principal for 24 h) or the deprecated
 * input.idempotencyKey; both sent, they must agree.
 */
export function checkoutKey(inputKey: string | null | undefined, headerKey: string | null): string {
  if (inputKey != null && headerKey !== null && inputKey !== headerKey) {
    throw badInput('input.idempotencyKey and the Idempotency-Key header differ; send one of them', 'idempotencyKey');
  }
  const key = headerKey ?? inputKey;
  if (key == null) throw badInput('Send an Idempotency-Key header (a fresh one per purchase, the same on retries)', 'idempotencyKey');
  return key;
}

/**
 * Turns the viewer's cart into purchases at current catalog prices, records a Checkout under
 * the client's idempotency key and empties the cart, all in the request's transaction.
 *
 * Idempotency: the checkouts of one organization are serialized by a transaction-scoped
 * advisory lock, so a retry (sequential or concurrent) with a key already used finds the first
 * checkout and returns it (`replayed: true`) without buying anything, whoever sends it and
 * whatever the cart holds now. The lock also means "already owned" is decided against
 * committed purchases, so two members' concurrent checkouts never buy one tool twice. The
 * unique (org_id, idempotency_key) index stays the last word (INSERT … ON CONFLICT DO NOTHING),
 * and the partial unique indexes "one ACTIVE purchase per tool (bundle) and organization" are the
 * last word on buying again after a cancellation, refund or expiry, whoever writes.
 */
export async function checkout(ctx: Context, idempotencyKey: string) {
  const orgId = tenantOf(ctx).orgId;
  const userId = ctx.viewer!.userId;
  const replay = async () => ({
    checkout: await ctx.prisma.checkout.findUniqueOrThrow({ where: { orgId_idempotencyKey: { orgId, idempotencyKey } } }),
    replayed: true,
  });

  await ctx.prisma.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`clientflow.checkout:${orgId}`}, 0))`;
  const previous = await ctx.prisma.checkout.findUnique({
    where: { orgId_idempotencyKey: { orgId, idempotencyKey } },
    select: { id: true },
  });
  if (previous) return replay();

  // Purchases past expiresAt that the hourly job has not marked yet grant nothing and are bought
  // again below; mark them EXPIRED first (as the job would, audited) so that the new ACTIVE
  // purchase does not meet the old one in the one-ACTIVE-per-tool unique index.
  await expireDuePurchases(ctx.prisma, orgId, new Date());

  const cart = await ctx.prisma.shoppingCart.findUnique({ where: { orgId_userId: { orgId, userId } }, select: { id: true } });
  const plan = cart ? await planCart(ctx, cart.id) : null;
  if (!cart || !plan || plan.itemCount === 0) throw badInput('Your cart is empty');
  if (plan.unavailable.length > 0) {
    throw badInput(`No longer available: ${plan.unavailable.join(', ')}. Remove it from your cart and check out again`);
  }
  if (plan.bundles.length === 0 && plan.tools.length === 0) {
    throw badInput('Your organization already owns everything in your cart; remove those items');
  }
  if (plan.currencies.size > 1)
    throw badInput(`Your cart mixes currencies (${[...plan.currencies].join(', ')}); check them out separately`);
  const currency = [...plan.currencies][0]!;

  const claimed = await ctx.prisma.$queryRaw<{ id: string }[]>`
    INSERT INTO checkouts (org_id, idempotency_key, user_id, total, currency)
    VALUES (${orgId}::uuid, ${idempotencyKey}, ${userId}::uuid, ${plan.total.toFixed(2)}::numeric, ${currency})
    ON CONFLICT (org_id, idempotency_key) DO NOTHING RETURNING id`;
  if (!claimed[0]) return replay();
  const checkoutId = claimed[0].id;

  // One purchase time for the whole checkout: createdAt, and expiresAt = createdAt + licenceDays
  // whole days of 24 h (licence.ts). The app clock, like the access rule and the job.
  const purchasedAt = new Date();
  const bundlePurchaseIds = new Map<string, string>();
  for (const bundle of plan.bundles) {
    const purchase = await ctx.prisma.bundlePurchase.create({
      data: {
        orgId,
        bundleId: bundle.bundleId,
        purchasedById: userId,
        checkoutId,
        price: bundle.price,
        currency: bundle.currency,
        createdAt: purchasedAt,
        expiresAt: licenceEnd(purchasedAt, bundle.licenceDays),
      },
      select: { id: true },
    });
    bundlePurchaseIds.set(bundle.bundleId, purchase.id);
  }
  await ctx.prisma.toolPurchase.createMany({
    data: plan.tools.map((tool) => ({
      orgId,
      toolId: tool.toolId,
      purchasedById: userId,
      checkoutId,
      bundlePurchaseId: tool.bundleId ? bundlePurchaseIds.get(tool.bundleId)! : null,
      price: tool.price,
      currency: tool.currency,
      createdAt: purchasedAt,
      expiresAt: licenceEnd(purchasedAt, tool.licenceDays),
    })),
  });
  await ctx.prisma.shoppingCartItem.deleteMany({ where: { cartId: cart.id } });
  await cartAfterChange(ctx, cart.id, true);
  return { checkout: await ctx.prisma.checkout.findUniqueOrThrow({ where: tenantKey(ctx, checkoutId) }), replayed: false };
}
