import type { Context } from '../../context/index.js';
import { Prisma, type ToolTier } from '../../generated/prisma/client.js';
import { badInput, notFound } from '../../schema/errors.js';
import type { CreateBundle, CreateTool, UpdateBundle, UpdateTool } from './inputs.js';
import { CATALOG_CURRENCY, tierPrice } from './tiers.js';

// Catalog writes. The role matrix admits platform administrators only, and the catalog policies of
// sql/051 refuse anyone else whatever the API does.

async function assertSlugFree(ctx: Context, model: 'marketplaceTool' | 'toolBundle', value: string | undefined, exceptId?: string) {
  if (value === undefined) return;
  const taken =
    model === 'marketplaceTool'
      ? await ctx.prisma.marketplaceTool.findUnique({ where: { slug: value }, select: { id: true } })
      : await ctx.prisma.toolBundle.findUnique({ where: { slug: value }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw badInput(`slug "${value}" is taken`, 'slug');
}

/** originalPrice of every bundle that contains `toolId`: the sum of its tools' current prices. */
async function repriceBundlesOf(ctx: Context, toolId: string) {
  await ctx.prisma.$executeRaw`
    UPDATE tool_bundles b SET original_price = s.total, updated_at = now()
      FROM (SELECT i.bundle_id, sum(t.price) AS total
              FROM tool_bundle_items i JOIN marketplace_tools t ON t.id = i.tool_id
             WHERE i.bundle_id IN (SELECT bundle_id FROM tool_bundle_items WHERE tool_id = ${toolId}::uuid)
             GROUP BY i.bundle_id) s
     WHERE b.id = s.bundle_id AND b.original_price <> s.total`;
}

/**
 * The price and currency a tool gets from its tier. A price or currency sent anyway must agree:
 * BAD_USER_INPUT rather than silently charging something else than the client showed.
 */
function pricing(tier: ToolTier, sent: { price?: Prisma.Decimal | undefined; currency?: string | undefined }) {
  const price = tierPrice(tier);
  if (sent.price !== undefined && !sent.price.equals(price)) {
    throw badInput(`price: the tier ${tier} costs ${price.toFixed(2)} ${CATALOG_CURRENCY}; omit price, the tier sets it`, 'price');
  }
  if (sent.currency !== undefined && sent.currency !== CATALOG_CURRENCY) {
    throw badInput(`currency: tier prices are in ${CATALOG_CURRENCY}`, 'currency');
  }
  return { price, currency: CATALOG_CURRENCY };
}

export async function createTool(ctx: Context, input: CreateTool) {
  const { price, currency, ...data } = input;
  await assertSlugFree(ctx, 'marketplaceTool', data.slug);
  return ctx.prisma.marketplaceTool.create({ data: { ...data, ...pricing(data.tier, { price, currency }) } });
}

export async function updateTool(ctx: Context, input: UpdateTool) {
  const { id, price, currency, ...data } = input;
  const existing = await ctx.prisma.marketplaceTool.findUnique({ where: { id }, select: { price: true, tier: true } });
  if (!existing) throw notFound('MarketplaceTool');
  await assertSlugFree(ctx, 'marketplaceTool', data.slug, id);
  const priced = pricing(data.tier ?? existing.tier, { price, currency });
  const tool = await ctx.prisma.marketplaceTool.update({ where: { id }, data: { ...data, ...priced } });
  if (!priced.price.equals(existing.price)) await repriceBundlesOf(ctx, id);
  return tool;
}

/** Checks the tools exist and are priced in the bundle's currency; returns their price sum. */
async function bundleTools(ctx: Context, ids: string[], bundleCurrency: string) {
  const tools = await ctx.prisma.marketplaceTool.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, price: true, currency: true },
  });
  if (tools.length !== ids.length) throw badInput('toolIds: a tool does not exist', 'toolIds');
  const foreign = tools.find((tool) => tool.currency !== bundleCurrency);
  if (foreign) throw badInput(`toolIds: ${foreign.name} is priced in ${foreign.currency}, the bundle in ${bundleCurrency}`, 'toolIds');
  return { ids, originalPrice: tools.reduce((sum, tool) => sum.plus(tool.price), new Prisma.Decimal(0)) };
}

function assertDiscount(bundlePrice: Prisma.Decimal, originalPrice: Prisma.Decimal) {
  if (bundlePrice.greaterThan(originalPrice)) {
    throw badInput(`bundlePrice must not exceed the tools' total price (${originalPrice.toFixed(2)})`, 'bundlePrice');
  }
}

export async function createBundle(ctx: Context, input: CreateBundle) {
  const { toolIds, ...data } = input;
  await assertSlugFree(ctx, 'toolBundle', data.slug);
  const { ids, originalPrice } = await bundleTools(ctx, toolIds, data.currency ?? 'USD');
  assertDiscount(data.bundlePrice, originalPrice);
  return ctx.prisma.toolBundle.create({
    data: { ...data, originalPrice, items: { create: ids.map((toolId, position) => ({ toolId, position })) } },
  });
}

/** Updates the given fields; toolIds, when given, replaces the tools (in that order). originalPrice is recomputed. */
export async function updateBundle(ctx: Context, input: UpdateBundle) {
  const { id, toolIds, ...data } = input;
  const existing = await ctx.prisma.toolBundle.findUnique({
    where: { id },
    select: { bundlePrice: true, currency: true, items: { orderBy: [{ position: 'asc' }, { toolId: 'asc' }], select: { toolId: true } } },
  });
  if (!existing) throw notFound('ToolBundle');
  await assertSlugFree(ctx, 'toolBundle', data.slug, id);
  const { ids, originalPrice } = await bundleTools(
    ctx,
    toolIds ?? existing.items.map((item) => item.toolId),
    data.currency ?? existing.currency,
  );
  // A rename must not fail because a tool got cheaper since; the discount rule applies when prices or tools change.
  if (data.bundlePrice || toolIds) assertDiscount(data.bundlePrice ?? existing.bundlePrice, originalPrice);
  if (toolIds) {
    await ctx.prisma.toolBundleItem.deleteMany({ where: { bundleId: id } });
    await ctx.prisma.toolBundleItem.createMany({ data: ids.map((toolId, position) => ({ bundleId: id, toolId, position })) });
  }
  return ctx.prisma.toolBundle.update({ where: { id }, data: { ...data, originalPrice } });
}
