import { builder } from '../../schema/builder.js';
import { countedConnection } from '../../schema/resource.js';
import { memberAsUser } from '../organization/types.js';
import { planCart } from './cart.js';
import { tenantNode } from '../../context/tenant-key.js';
import { grantingAccess, purchaseGrantsAccess, toolGrantingAccess } from './access.js';
import { reviewCountsByToolLoader, reviewPagesByToolLoader } from './loaders.js';

export const ToolTierEnum = builder.enumType('ToolTier', {
  description: "A tool's tier sets its price.",
  values: {
    T1: { description: '100 USD.' },
    T2: { description: '200 USD.' },
    T3: { description: '300 USD.' },
  } as const,
});

export const ToolCategoryEnum = builder.enumType('ToolCategory', {
  values: ['FOUNDATION', 'GROWTH', 'ELITE', 'CUSTOM', 'ADVANCED', 'INTEGRATION'] as const,
});

export const BundleTypeEnum = builder.enumType('BundleType', {
  values: ['STARTER_PACK', 'GROWTH_PACK', 'ELITE_PACK', 'CUSTOM_PACK'] as const,
});

export const PurchaseStatusEnum = builder.enumType('PurchaseStatus', {
  description:
    'A purchase is a financial record: its status may change, the row never disappears. Only ACTIVE and not past expiresAt grants access. ' +
    'ACTIVE -> CANCELLED (the organization), ACTIVE or CANCELLED -> REFUNDED (a platform administrator), ACTIVE -> EXPIRED (the expiry job).',
  values: {
    ACTIVE: {},
    CANCELLED: { description: 'Cancelled by the organization (cancelToolPurchase, cancelBundlePurchase).' },
    REFUNDED: { description: 'Refunded by a platform administrator (refundToolPurchase, refundBundlePurchase).' },
    EXPIRED: { description: 'Past expiresAt, marked by the hourly expiry job.' },
  } as const,
});

// ---------------------------------------------------------------------------------------------
// The shared catalog (no organization).
// ---------------------------------------------------------------------------------------------

export const MarketplaceToolType = builder.prismaNode('MarketplaceTool', {
  id: { field: 'id' },
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  description: 'A tool of the shared marketplace catalog: readable by every signed-in user, changed only by platform administrators.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Unique, lower-case words joined by hyphens, e.g. "email-sequences".' }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    category: t.expose('category', { type: ToolCategoryEnum }),
    tier: t.expose('tier', { type: ToolTierEnum }),
    price: t.expose('price', { type: 'Decimal', description: "The tier's price; checkout charges this." }),
    currency: t.exposeString('currency'),
    icon: t.exposeString('icon', { nullable: true }),
    features: t.exposeStringList('features'),
    capabilities: t.exposeStringList('capabilities'),
    integrations: t.exposeStringList('integrations', { description: 'The outside services the tool connects to.' }),
    tags: t.exposeStringList('tags'),
    licenceDays: t.exposeInt('licenceDays', {
      nullable: true,
      description:
        "Licence length in days: a purchase made now expires this many days after checkout (expiresAt). Null: perpetual. A tool granted by a bundle follows the bundle's licenceDays instead.",
    }),
    purchaseCount: t.exposeInt('purchaseCount', { description: 'Purchases by all organizations, refunded ones excepted.' }),
    rating: t.expose('rating', {
      type: 'Decimal',
      nullable: true,
      description:
        "The average of every organization's reviews (1 to 5, two decimals); the reviews themselves stay private to each organization. " +
        'Null before the first review (a tool carried over from the curated catalog keeps its curated rating until then).',
    }),
    ratingCount: t.exposeInt('ratingCount', { description: 'How many reviews the rating averages.' }),
    active: t.exposeBoolean('active', {
      description:
        'An inactive tool cannot be added to a cart and is hidden from marketplaceTools unless asked for (active: false or null); purchases of it stay.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    purchased: t.boolean({
      nullable: true,
      description:
        'Whether the organization named by X-Organization-Id has access to this tool: an ACTIVE purchase not past its expiresAt; null without the header.',
      // Under RLS only the current organization's purchases are visible; orgId also picks the (org_id, …) unique index.
      select: (_args, ctx) =>
        ctx.orgId ? { purchases: { where: { orgId: ctx.orgId, ...toolGrantingAccess() }, select: { id: true }, take: 1 } } : {},
      resolve: (item, _args, ctx) => (ctx.orgId ? ((item as { purchases?: unknown[] }).purchases?.length ?? 0) > 0 : null),
    }),
  }),
});

export const ToolBundleType = builder.prismaNode('ToolBundle', {
  id: { field: 'id' },
  nullable: true,
  select: { id: true },
  description:
    'Several catalog tools sold together at a bundle price. Buying it grants each of its tools the organization does not own yet.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    type: t.expose('type', { type: BundleTypeEnum }),
    originalPrice: t.expose('originalPrice', {
      type: 'Decimal',
      description: "The sum of its tools' prices, recomputed whenever the bundle or one of its tools' prices is saved.",
    }),
    bundlePrice: t.expose('bundlePrice', { type: 'Decimal', description: 'What checkout charges for the bundle.' }),
    discountPercent: t.field({
      type: 'Decimal',
      description: '(originalPrice - bundlePrice) / originalPrice in percent, two decimals; 0 when originalPrice is 0.',
      select: { originalPrice: true, bundlePrice: true },
      resolve: (bundle) =>
        bundle.originalPrice.isZero()
          ? '0.00'
          : bundle.originalPrice.minus(bundle.bundlePrice).div(bundle.originalPrice).times(100).toFixed(2),
    }),
    discount: t.field({
      type: 'Decimal',
      description: 'originalPrice - bundlePrice: what buying the bundle saves.',
      select: { originalPrice: true, bundlePrice: true },
      resolve: (bundle) => bundle.originalPrice.minus(bundle.bundlePrice).toFixed(2),
    }),
    popular: t.exposeBoolean('popular', { description: 'Shown as popular by the storefront (set by platform administrators).' }),
    licenceDays: t.exposeInt('licenceDays', {
      nullable: true,
      description:
        'Licence length in days: a purchase made now, and the tool purchases it grants, expire this many days after checkout (expiresAt). Null: perpetual.',
    }),
    currency: t.exposeString('currency'),
    active: t.exposeBoolean('active'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    purchased: t.boolean({
      nullable: true,
      description:
        'Whether the organization named by X-Organization-Id holds this bundle: an ACTIVE purchase not past its expiresAt; null without the header.',
      // Under RLS only the current organization's purchases are visible; orgId also picks the (org_id, …) unique index.
      select: (_args, ctx) =>
        ctx.orgId ? { purchases: { where: { orgId: ctx.orgId, ...grantingAccess() }, select: { id: true }, take: 1 } } : {},
      resolve: (item, _args, ctx) => (ctx.orgId ? ((item as { purchases?: unknown[] }).purchases?.length ?? 0) > 0 : null),
    }),
    tools: t.field({
      type: [MarketplaceToolType],
      description: 'The tools of the bundle, in their bundle order.',
      select: (_args, _ctx, nestedSelection) => ({
        items: { orderBy: [{ position: 'asc' }, { toolId: 'asc' }], select: { tool: nestedSelection(true) } },
      }),
      resolve: (bundle) => bundle.items.map((item) => item.tool),
    }),
  }),
});

// Declared after both types: the two refer to each other.
builder.prismaObjectField(MarketplaceToolType, 'bundles', (t) =>
  t.field({
    type: [ToolBundleType],
    description: 'The active bundles that include this tool.',
    select: (_args, _ctx, nestedSelection) => ({
      bundleItems: { where: { bundle: { active: true } }, orderBy: [{ bundleId: 'asc' }], select: { bundle: nestedSelection(true) } },
    }),
    resolve: (tool) => tool.bundleItems.map((item) => item.bundle),
  }),
);

// ---------------------------------------------------------------------------------------------
// What an organization bought, its reviews and its members' carts.
// ---------------------------------------------------------------------------------------------

export const ToolPurchaseType = builder.prismaNode('ToolPurchase', {
  ...tenantNode,
  nullable: true,
  select: { id: true, orgId: true, toolId: true },
  description:
    'The organization bought a catalog tool. At most one ACTIVE purchase per tool and organization; buying a tool again after ' +
    'its purchase was cancelled, refunded or expired adds a new purchase and keeps the earlier ones.',
  fields: (t) => ({
    tool: t.relation('tool'),
    price: t.expose('price', {
      type: 'Decimal',
      description: 'The price paid: the catalog price at checkout, 0 when it came with a bundle.',
    }),
    currency: t.exposeString('currency'),
    status: t.expose('status', { type: PurchaseStatusEnum }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description:
        "When it stops granting access (the expiry job then marks it EXPIRED); null: never. Set at checkout: the purchase time plus the tool's licenceDays, or the granting bundle's.",
    }),
    statusChangedAt: t.expose('statusChangedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When status last changed; who changed it is in the audit log.',
    }),
    grantsAccess: t.boolean({
      description: 'Whether this purchase gives the organization the tool now: ACTIVE and not past expiresAt.',
      select: { status: true, expiresAt: true, bundlePurchase: { select: { expiresAt: true } } },
      resolve: (purchase) => purchaseGrantsAccess(purchase),
    }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'recordToolUsage: the start of the latest counted use (precise to a minute).',
    }),
    usageCount: t.exposeInt('usageCount', {
      description: 'recordToolUsage: counted uses, at most one a minute (calls within a minute of the last counted one are one use).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was bought.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    purchasedBy: t.field(memberAsUser('purchasedBy', 'The member who checked out; null once they left the organization.')),
    bundlePurchase: t.relation('bundlePurchase', { nullable: true, description: 'The bundle purchase that granted this tool, if any.' }),
    checkout: t.relation('checkout', { nullable: true }),
  }),
});

export const BundlePurchaseType = builder.prismaNode('BundlePurchase', {
  ...tenantNode,
  nullable: true,
  select: { id: true },
  description: 'The organization bought a bundle; its toolPurchases are the tools it granted (those not owned before).',
  fields: (t) => ({
    bundle: t.relation('bundle'),
    price: t.expose('price', { type: 'Decimal', description: 'The bundle price at checkout.' }),
    currency: t.exposeString('currency'),
    status: t.expose('status', { type: PurchaseStatusEnum }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description:
        "When it and the tools it granted stop granting access (the expiry job marks them EXPIRED); null: never. Set at checkout: the purchase time plus the bundle's licenceDays.",
    }),
    statusChangedAt: t.expose('statusChangedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    purchasedBy: t.field(memberAsUser('purchasedBy', 'The member who checked out; null once they left the organization.')),
    checkout: t.relation('checkout', { nullable: true }),
    toolPurchases: t.relation('toolPurchases', { query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

export const CheckoutType = builder.prismaNode('Checkout', {
  ...tenantNode,
  nullable: true,
  select: { id: true },
  description: 'One checkout per idempotency key per organization: a retry with the same key returns this record instead of buying again.',
  fields: (t) => ({
    idempotencyKey: t.exposeString('idempotencyKey'),
    total: t.expose('total', { type: 'Decimal', description: "What was charged: the sum of the purchases' prices." }),
    currency: t.exposeString('currency'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    user: t.field(memberAsUser('user', 'The member who checked out; null once they left the organization.')),
    toolPurchases: t.relation('toolPurchases', {
      description: 'Every tool bought, including those granted by a bundle (price 0).',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    bundlePurchases: t.relation('bundlePurchases', { query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

export const ToolReviewType = builder.prismaNode('ToolReview', {
  ...tenantNode,
  nullable: true,
  select: { id: true },
  description: "A member's review of a tool the organization bought: one per tool per member, private to the organization.",
  fields: (t) => ({
    rating: t.exposeInt('rating', { description: '1 to 5.' }),
    title: t.exposeString('title', { nullable: true }),
    body: t.exposeString('body', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    reviewer: t.field(memberAsUser('reviewer', 'The member who wrote it; null once they left the organization.')),
    purchase: t.field({
      type: ToolPurchaseType,
      description:
        "The organization's latest purchase of the reviewed tool (a review belongs to the tool; buying it again adds a purchase).",
      // Under RLS only the current organization's purchases are visible; orgId also picks the (org_id, tool_id, created_at) index.
      select: (_args, ctx, nestedSelection) => ({
        orgId: true,
        tool: {
          select: {
            purchases: nestedSelection({
              where: { orgId: ctx.orgId ?? undefined },
              orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
              take: 1,
            }),
          },
        },
      }),
      resolve: (review) => review.tool.purchases[0]!,
    }),
    tool: t.relation('tool'),
  }),
});

// Reviews belong to the tool in the organization, not to one purchase (buying again adds a
// purchase and keeps the reviews): batched by loaders.ts, so a page of purchases costs two
// statements for their reviews and counts, not two per purchase.
const ToolPurchaseReviewsConnection = countedConnection(
  ToolReviewType,
  'ToolPurchaseReviewsConnection',
  'ToolPurchaseReviewsConnectionEdge',
);
builder.prismaObjectField(ToolPurchaseType, 'reviews', (t) =>
  t.prismaConnection(
    {
      type: 'ToolReview',
      cursor: 'orgId_id',
      description: "The organization's members' reviews of this tool (whichever of its purchases they came with), newest first.",
      resolve: (query, purchase, _args, ctx) =>
        ctx.loaders.get(reviewPagesByToolLoader).load({ orgId: purchase.orgId, toolId: purchase.toolId, query }),
      totalCount: (purchase, _args, ctx) =>
        ctx.loaders.get(reviewCountsByToolLoader).load({ orgId: purchase.orgId, toolId: purchase.toolId }),
    },
    ToolPurchaseReviewsConnection,
  ),
);

/** One tool or bundle in a cart. Reached only through the cart. */
export const ShoppingCartItemType = builder.prismaObject('ShoppingCartItem', {
  select: { id: true },
  description: 'A tool or a bundle (exactly one is set) in a cart.',
  fields: (t) => ({
    tool: t.relation('tool', { nullable: true }),
    bundle: t.relation('bundle', { nullable: true }),
    addedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const ShoppingCartType = builder.prismaNode('ShoppingCart', {
  ...tenantNode,
  nullable: true,
  select: { id: true },
  description: "A member's cart in one organization: private to that member (RLS checks the user as well as the organization).",
  fields: (t) => ({
    user: t.field(memberAsUser('user', 'Whose cart this is.')),
    items: t.relation('items', { description: 'In the order they were added.', query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
    total: t.field({
      type: 'Decimal',
      description:
        'What checkout would charge now, at current catalog prices: items the organization already owns, and tools a bundle in the cart grants, are not charged.',
      resolve: async (cart, _args, ctx) => (await planCart(ctx, cart.id)).total.toFixed(2),
    }),
    currency: t.string({
      nullable: true,
      description:
        'The currency of total; null when nothing would be charged (or, after a catalog change, the items disagree: checkout then refuses).',
      resolve: async (cart, _args, ctx) => {
        const currencies = (await planCart(ctx, cart.id)).currencies;
        return currencies.size === 1 ? [...currencies][0]! : null;
      },
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
