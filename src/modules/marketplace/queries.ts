import { builder } from '../../schema/builder.js';
import type { ArgFields } from '../../schema/validation.js';
import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { ensureCart } from './cart.js';
import { ToolTierEnum, BundleTypeEnum, PurchaseStatusEnum } from './types.js';
import { tenantKey } from '../../context/tenant-key.js';

const ToolTierFilter = enumFilter(ToolTierEnum, 'ToolTier');
const BundleTypeFilter = enumFilter(BundleTypeEnum, 'BundleType');

// Each field is backed by an index of sql/prisma: (category, name), (tier, price), (price, id), GIN (tags).
export const marketplaceToolFilter = defineFilter('MarketplaceTool', () => ({
  id: { kind: 'id', column: 'id', type: 'MarketplaceTool' },
  category: { kind: 'string', column: 'category' },
  tier: { kind: 'enum', column: 'tier', filter: ToolTierFilter },
  price: { kind: 'decimal', column: 'price' },
  tags: { kind: 'stringList', column: 'tags' },
}));

export const marketplaceToolOrder = defineOrderBy(
  'MarketplaceTool',
  { NAME: ['name'], PRICE: ['price'] },
  { field: 'NAME', direction: 'ASC' },
);

export const toolBundleFilter = defineFilter('ToolBundle', () => ({
  id: { kind: 'id', column: 'id', type: 'ToolBundle' },
  type: { kind: 'enum', column: 'type', filter: BundleTypeFilter },
}));

export const toolBundleOrder = defineOrderBy('ToolBundle', { NAME: ['name'] }, { field: 'NAME', direction: 'ASC' });

/** The catalog lists: `active` (default true) in place of soft deletion. */
const activeOnly = {
  args: (t: { arg: ArgFields }) => ({
    active: t.arg.boolean({ defaultValue: true, description: 'true (default): only active items; false: only inactive ones; null: both.' }),
  }),
  where: (args: { active?: boolean | null }) => (args.active == null ? {} : { active: args.active }),
};

defineListQuery({
  softDelete: false,
  narrowing: activeOnly,
  field: 'marketplaceTools',
  type: 'MarketplaceTool',
  delegate: 'marketplaceTool',
  filter: marketplaceToolFilter,
  order: marketplaceToolOrder,
  description: 'The shared marketplace catalog; needs no X-Organization-Id (with it, `purchased` answers for that organization).',
});

defineListQuery({
  softDelete: false,
  narrowing: activeOnly,
  field: 'toolBundles',
  type: 'ToolBundle',
  delegate: 'toolBundle',
  filter: toolBundleFilter,
  order: toolBundleOrder,
  description: 'Bundles of catalog tools; needs no X-Organization-Id.',
});

export const tenantOrder = (name: string) => defineOrderBy(name, { CREATED_AT: ['createdAt'] }, { field: 'CREATED_AT', direction: 'DESC' });

const PurchaseStatusFilter = enumFilter(PurchaseStatusEnum, 'PurchaseStatus');

// Backed by (org_id, tool_id, created_at), (org_id, status), (org_id, created_at, id), (org_id, bundle_purchase_id), (org_id, checkout_id).
export const toolPurchaseFilter = defineFilter('ToolPurchase', () => ({
  id: { kind: 'id', column: 'id', type: 'ToolPurchase' },
  toolId: { kind: 'id', column: 'toolId', type: 'MarketplaceTool' },
  status: { kind: 'enum', column: 'status', filter: PurchaseStatusFilter },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
  bundlePurchaseId: { kind: 'id', column: 'bundlePurchaseId', type: 'BundlePurchase' },
  checkoutId: { kind: 'id', column: 'checkoutId', type: 'Checkout' },
}));

export const bundlePurchaseFilter = defineFilter('BundlePurchase', () => ({
  id: { kind: 'id', column: 'id', type: 'BundlePurchase' },
  bundleId: { kind: 'id', column: 'bundleId', type: 'ToolBundle' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
  checkoutId: { kind: 'id', column: 'checkoutId', type: 'Checkout' },
}));

export const toolReviewFilter = defineFilter('ToolReview', () => ({
  id: { kind: 'id', column: 'id', type: 'ToolReview' },
  toolId: { kind: 'id', column: 'toolId', type: 'MarketplaceTool' },
  reviewerId: { kind: 'id', column: 'reviewerId', type: 'User' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

defineListQuery({
  field: 'toolPurchases',
  type: 'ToolPurchase',
  delegate: 'toolPurchase',
  filter: toolPurchaseFilter,
  order: tenantOrder('ToolPurchase'),
  softDelete: false,
  description: 'The tools the current organization owns (bought alone or with a bundle), newest first.',
});

defineListQuery({
  field: 'bundlePurchases',
  type: 'BundlePurchase',
  delegate: 'bundlePurchase',
  filter: bundlePurchaseFilter,
  order: tenantOrder('BundlePurchase'),
  softDelete: false,
  description: 'The bundles the current organization bought, newest first.',
});

defineListQuery({
  field: 'toolReviews',
  type: 'ToolReview',
  delegate: 'toolReview',
  filter: toolReviewFilter,
  order: tenantOrder('ToolReview'),
  description: "The current organization's members' reviews of the tools it bought, newest first.",
});

builder.queryField('shoppingCart', (t) =>
  t.prismaField({
    type: 'ShoppingCart',
    description:
      "Your cart in the current organization (created empty on first use). ADMIN and OWNER only: buying spends the organization's money.",
    resolve: async (query, _root, _args, ctx) =>
      ctx.prisma.shoppingCart.findUniqueOrThrow({ ...query, where: tenantKey(ctx, await ensureCart(ctx)) }),
  }),
);
