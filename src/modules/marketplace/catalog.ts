import type { Context } from '../../context/index.js';
import { Prisma } from '../../generated/prisma/client.js';
import { badInput, notFound } from '../../schema/errors.js';
import { parseGlobalId } from '../../schema/global-ids.js';
import { defined, tags, text } from '../../schema/validation-legacy.js';
import { currency } from '../deal/service.js';

// Catalog writes. The role matrix admits platform administrators only, and the catalog policies of
// sql/051 refuse anyone else whatever the API does.

type Tier = 'FREE' | 'STARTER' | 'PROFESSIONAL' | 'ENTERPRISE';
type BundleKind = 'STARTER' | 'INDUSTRY' | 'GROWTH' | 'ENTERPRISE';

export interface ToolFields {
  slug?: string | null;
  name?: string | null;
  description?: string | null;
  category?: string | null;
  tier?: Tier | null;
  price?: string | null;
  currency?: string | null;
  features?: readonly string[] | null;
  tags?: readonly string[] | null;
  rating?: string | null;
  active?: boolean | null;
}

export interface BundleFields {
  slug?: string | null;
  name?: string | null;
  description?: string | null;
  type?: BundleKind | null;
  bundlePrice?: string | null;
  currency?: string | null;
  active?: boolean | null;
  toolIds?: readonly (string | number)[] | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function slug(value: string | null | undefined) {
  const result = text(value, 'slug', { min: 1, max: 100 }) ?? undefined;
  if (result !== undefined && !SLUG.test(result)) throw badInput('slug must be lower-case letters and digits joined by single hyphens, e.g. "email-sequences"', 'slug');
  return result;
}

/** A price of numeric(12, 2): the Decimal scalar checked the format (at most 2 decimals). */
function price(value: string | null | undefined, field: string) {
  if (value === undefined) return undefined;
  if (value === null) throw badInput(`${field} cannot be null`, field);
  const amount = new Prisma.Decimal(value);
  if (amount.isNegative()) throw badInput(`${field} cannot be negative`, field);
  if (amount.greaterThanOrEqualTo(1e10)) throw badInput(`${field} must be less than 10000000000`, field);
  return amount;
}

function rating(value: string | null | undefined) {
  if (value === undefined || value === null) return value;
  const amount = new Prisma.Decimal(value);
  if (amount.isNegative() || amount.greaterThan(5)) throw badInput('rating must be between 0 and 5', 'rating');
  return amount;
}

function features(values: readonly string[] | null | undefined) {
  if (values === undefined) return undefined;
  if (values === null) return [];
  if (values.length > 50) throw badInput('features: at most 50', 'features');
  const cleaned = values.map((feature) => feature.trim()).filter((feature) => feature.length > 0);
  if (cleaned.some((feature) => feature.length > 200)) throw badInput('features: each at most 200 characters', 'features');
  return [...new Set(cleaned)];
}

function required<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badInput(`${field} cannot be null`, field);
  return value;
}

function toolData(input: ToolFields) {
  return defined({
    slug: slug(input.slug),
    name: text(input.name, 'name', { min: 1, max: 200 }) ?? undefined,
    description: text(input.description, 'description', { max: 5000, nullable: true }),
    category: text(input.category, 'category', { min: 1, max: 100 }) ?? undefined,
    tier: required(input.tier, 'tier'),
    price: price(input.price, 'price'),
    currency: input.currency === null ? required(null, 'currency') : currency(input.currency),
    features: features(input.features),
    tags: tags(input.tags),
    rating: rating(input.rating),
    active: required(input.active, 'active'),
  });
}

async function assertSlugFree(ctx: Context, model: 'marketplaceTool' | 'toolBundle', value: string | undefined, exceptId?: string) {
  if (value === undefined) return;
  const taken = model === 'marketplaceTool'
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

export async function createTool(ctx: Context, input: ToolFields) {
  const data = toolData(input);
  await assertSlugFree(ctx, 'marketplaceTool', data.slug);
  return ctx.prisma.marketplaceTool.create({ data: data as Prisma.MarketplaceToolCreateInput });
}

export async function updateTool(ctx: Context, globalId: string, input: ToolFields) {
  const id = parseGlobalId(globalId, 'MarketplaceTool');
  const existing = await ctx.prisma.marketplaceTool.findUnique({ where: { id }, select: { price: true, currency: true } });
  if (!existing) throw notFound('MarketplaceTool');
  const data = toolData(input);
  await assertSlugFree(ctx, 'marketplaceTool', data.slug, id);
  if (data.currency && data.currency !== existing.currency) {
    const bundle = await ctx.prisma.toolBundle.findFirst({ where: { items: { some: { toolId: id } }, currency: { not: data.currency } }, select: { name: true } });
    if (bundle) throw badInput(`The tool is in bundle ${bundle.name}, priced in another currency`, 'currency');
  }
  const tool = await ctx.prisma.marketplaceTool.update({ where: { id }, data: data as Prisma.MarketplaceToolUpdateInput });
  if (data.price && !data.price.equals(existing.price)) await repriceBundlesOf(ctx, id);
  return tool;
}

/** The bundle's tools from toolIds, in order: 1 to 50 distinct MarketplaceTool ids. */
function parseToolIds(globalIds: readonly (string | number)[]) {
  if (globalIds.length === 0 || globalIds.length > 50) throw badInput('toolIds: 1 to 50 tools', 'toolIds');
  const ids = globalIds.map((globalId) => parseGlobalId(String(globalId), 'MarketplaceTool', 'toolIds'));
  if (new Set(ids).size !== ids.length) throw badInput('toolIds: each tool at most once', 'toolIds');
  return ids;
}

/** Checks the tools exist and are priced in the bundle's currency; returns their price sum. */
async function bundleTools(ctx: Context, ids: string[], bundleCurrency: string) {
  const tools = await ctx.prisma.marketplaceTool.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, price: true, currency: true } });
  if (tools.length !== ids.length) throw badInput('toolIds: a tool does not exist', 'toolIds');
  const foreign = tools.find((tool) => tool.currency !== bundleCurrency);
  if (foreign) throw badInput(`toolIds: ${foreign.name} is priced in ${foreign.currency}, the bundle in ${bundleCurrency}`, 'toolIds');
  return { ids, originalPrice: tools.reduce((sum, tool) => sum.plus(tool.price), new Prisma.Decimal(0)) };
}

function bundleData(input: BundleFields) {
  return defined({
    slug: slug(input.slug),
    name: text(input.name, 'name', { min: 1, max: 200 }) ?? undefined,
    description: text(input.description, 'description', { max: 5000, nullable: true }),
    type: required(input.type, 'type'),
    bundlePrice: price(input.bundlePrice, 'bundlePrice'),
    currency: input.currency === null ? required(null, 'currency') : currency(input.currency),
    active: required(input.active, 'active'),
  });
}

function assertDiscount(bundlePrice: Prisma.Decimal, originalPrice: Prisma.Decimal) {
  if (bundlePrice.greaterThan(originalPrice)) {
    throw badInput(`bundlePrice must not exceed the tools' total price (${originalPrice.toFixed(2)})`, 'bundlePrice');
  }
}

export async function createBundle(ctx: Context, input: BundleFields) {
  const data = bundleData(input);
  await assertSlugFree(ctx, 'toolBundle', data.slug);
  const { ids, originalPrice } = await bundleTools(ctx, parseToolIds(required(input.toolIds, 'toolIds') ?? []), data.currency ?? 'USD');
  assertDiscount(data.bundlePrice!, originalPrice);
  return ctx.prisma.toolBundle.create({
    data: {
      ...(data as Omit<Prisma.ToolBundleCreateInput, 'originalPrice'>),
      originalPrice,
      items: { create: ids.map((toolId, position) => ({ toolId, position })) },
    },
  });
}

/** Updates the given fields; toolIds, when given, replaces the tools (in that order). originalPrice is recomputed. */
export async function updateBundle(ctx: Context, globalId: string, input: BundleFields) {
  const id = parseGlobalId(globalId, 'ToolBundle');
  const existing = await ctx.prisma.toolBundle.findUnique({
    where: { id },
    select: { bundlePrice: true, currency: true, items: { orderBy: [{ position: 'asc' }, { toolId: 'asc' }], select: { toolId: true } } },
  });
  if (!existing) throw notFound('ToolBundle');
  const data = bundleData(input);
  await assertSlugFree(ctx, 'toolBundle', data.slug, id);
  const toolIds = required(input.toolIds, 'toolIds');
  const { ids, originalPrice } = await bundleTools(
    ctx,
    toolIds ? parseToolIds(toolIds) : existing.items.map((item) => item.toolId),
    data.currency ?? existing.currency,
  );
  // A rename must not fail because a tool got cheaper since; the discount rule applies when prices or tools change.
  if (data.bundlePrice || toolIds) assertDiscount(data.bundlePrice ?? existing.bundlePrice, originalPrice);
  if (toolIds) {
    await ctx.prisma.toolBundleItem.deleteMany({ where: { bundleId: id } });
    await ctx.prisma.toolBundleItem.createMany({ data: ids.map((toolId, position) => ({ bundleId: id, toolId, position })) });
  }
  return ctx.prisma.toolBundle.update({ where: { id }, data: { ...(data as Prisma.ToolBundleUpdateInput), originalPrice } });
}
