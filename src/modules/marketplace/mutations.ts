import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../schema/builder.js';
import { payloadType } from '../../schema/resource.js';
import { idempotencyKeyOf } from '../../idempotency/index.js';
import { addToCart, checkout, checkoutKey, removeFromCart } from './cart.js';
import { createBundle, createTool, updateBundle, updateTool } from './catalog.js';
import { parseInput } from '../../schema/validation.js';
import {
  CartItemInput,
  cartItemSchema,
  CreateMarketplaceToolInput,
  CreateToolBundleInput,
  CreateToolReviewInput,
  DeleteToolReviewInput,
  UpdateMarketplaceToolInput,
  UpdateToolBundleInput,
  UpdateToolReviewInput,
  createBundleSchema,
  createReviewSchema,
  createToolSchema,
  deleteReviewSchema,
  updateBundleSchema,
  updateReviewSchema,
  updateToolSchema,
  CheckoutInput,
  checkoutSchema,
  CancelBundlePurchaseInput,
  CancelToolPurchaseInput,
  RecordToolUsageInput,
  RefundBundlePurchaseInput,
  RefundToolPurchaseInput,
  cancelBundlePurchaseSchema,
  cancelToolPurchaseSchema,
  recordToolUsageSchema,
  refundBundlePurchaseSchema,
  refundToolPurchaseSchema,
} from './inputs.js';
import { cancelBundlePurchase, cancelToolPurchase, recordToolUsage, refundPurchase, type RefundResult } from './lifecycle.js';
import { createReview, deleteReview, updateReview } from './reviews.js';
import {
  BundlePurchaseType,
  CheckoutType,
  MarketplaceToolType,
  PurchaseStatusEnum,
  ShoppingCartType,
  ToolBundleType,
  ToolPurchaseType,
  ToolReviewType,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// The catalog: platform administrators only (the role matrix and the policies of sql/051).
// ---------------------------------------------------------------------------------------------

const MarketplaceToolPayload = payloadType('MarketplaceToolPayload', MarketplaceToolType, 'marketplaceTool');

builder.mutationField('createMarketplaceTool', (t) =>
  t.field({
    type: MarketplaceToolPayload,
    description: 'Adds a tool to the shared catalog. Platform administrators only; needs no X-Organization-Id.',
    args: { input: t.arg({ required: true, type: CreateMarketplaceToolInput }) },
    resolve: async (_root, { input }, ctx) => ({ marketplaceTool: await createTool(ctx, parseInput(createToolSchema, input)) }),
  }),
);

builder.mutationField('updateMarketplaceTool', (t) =>
  t.field({
    type: MarketplaceToolPayload,
    description:
      'Updates the given fields of a catalog tool (platform administrators only). A new price applies to later checkouts, not to purchases made, and recomputes the originalPrice of the bundles that contain the tool.',
    args: { input: t.arg({ required: true, type: UpdateMarketplaceToolInput }) },
    resolve: async (_root, { input }, ctx) => ({ marketplaceTool: await updateTool(ctx, parseInput(updateToolSchema, input)) }),
  }),
);

const ToolBundlePayload = payloadType('ToolBundlePayload', ToolBundleType, 'toolBundle');

builder.mutationField('createToolBundle', (t) =>
  t.field({
    type: ToolBundlePayload,
    description: "Creates a bundle (platform administrators only). originalPrice is the sum of its tools' prices, computed here.",
    args: { input: t.arg({ required: true, type: CreateToolBundleInput }) },
    resolve: async (_root, { input }, ctx) => ({ toolBundle: await createBundle(ctx, parseInput(createBundleSchema, input)) }),
  }),
);

builder.mutationField('updateToolBundle', (t) =>
  t.field({
    type: ToolBundlePayload,
    description: 'Updates the given fields of a bundle (platform administrators only); originalPrice is recomputed.',
    args: { input: t.arg({ required: true, type: UpdateToolBundleInput }) },
    resolve: async (_root, { input }, ctx) => ({ toolBundle: await updateBundle(ctx, parseInput(updateBundleSchema, input)) }),
  }),
);

// ---------------------------------------------------------------------------------------------
// Cart and checkout: ADMIN and OWNER (permission `purchase`), each with their own cart.
// ---------------------------------------------------------------------------------------------

const ShoppingCartPayload = payloadType('ShoppingCartPayload', ShoppingCartType, 'shoppingCart');

builder.mutationField('addToCart', (t) =>
  t.field({
    type: ShoppingCartPayload,
    description:
      'Puts a tool or a bundle in your cart; adding it again changes nothing. BAD_USER_INPUT for an inactive item, one your organization already owns, or one in another currency than the cart. ' +
      'Owning means an ACTIVE purchase not past expiresAt: a tool or bundle whose purchase was cancelled, refunded or expired can be bought again (a new purchase).',
    args: { input: t.arg({ required: true, type: CartItemInput }) },
    resolve: async (_root, { input }, ctx) => ({ shoppingCart: await addToCart(ctx, parseInput(cartItemSchema, input)) }),
  }),
);

builder.mutationField('removeFromCart', (t) =>
  t.field({
    type: ShoppingCartPayload,
    description: 'Takes a tool or a bundle out of your cart; removing what is not there changes nothing.',
    args: { input: t.arg({ required: true, type: CartItemInput }) },
    resolve: async (_root, { input }, ctx) => ({ shoppingCart: await removeFromCart(ctx, parseInput(cartItemSchema, input)) }),
  }),
);

interface CheckoutResult {
  checkout: { id: string };
  replayed: boolean;
}

const CheckoutPayload = builder.objectRef<CheckoutResult>('CheckoutPayload').implement({
  fields: (t) => ({
    checkout: t.field({ type: CheckoutType, resolve: (payload) => payload.checkout }),
    replayed: t.exposeBoolean('replayed', {
      description: 'true when this key had been used already: its first checkout is returned and nothing was bought now.',
    }),
  }),
});

builder.mutationField('checkout', (t) =>
  t.field({
    type: CheckoutPayload,
    description:
      'Buys everything in your cart at current catalog prices and empties it, in one transaction. Send a fresh Idempotency-Key header ' +
      '(or the deprecated input.idempotencyKey) per purchase and the same one on retries: the key names the Checkout, once per organization; ' +
      'a key already used returns its first checkout (replayed: true) and buys nothing, even when sent twice at once. ' +
      'Items your organization owns by now are skipped (not charged); a tool that a bundle in the cart grants is not charged twice. ' +
      "Each new purchase's expiresAt is the purchase time plus the item's licenceDays (null when perpetual); the tools a bundle grants follow the bundle's licenceDays. " +
      'BAD_USER_INPUT: empty cart, an item no longer available, nothing left to buy.',
    args: {
      input: t.arg({
        required: true,
        type: CheckoutInput,
      }),
    },
    resolve: (_root, { input }, ctx) => checkout(ctx, checkoutKey(parseInput(checkoutSchema, input).idempotencyKey, idempotencyKeyOf(ctx))),
  }),
);

// ---------------------------------------------------------------------------------------------
// Reviews: members review the tools their organization bought.
// ---------------------------------------------------------------------------------------------

const ToolReviewPayload = payloadType('ToolReviewPayload', ToolReviewType, 'toolReview');
const DeleteToolReviewPayload = payloadType('DeleteToolReviewPayload', ToolReviewType, 'toolReview');

builder.mutationField('createToolReview', (t) =>
  t.field({
    type: ToolReviewPayload,
    description:
      'Reviews a tool your organization bought: one review per tool per member. Needs a purchase of it that gave access, ACTIVE or EXPIRED ' +
      '(REVIEW_NEEDS_PURCHASE otherwise, extensions.statuses: the statuses of its purchases, [] when never bought). Writing again after deleting yours brings it back with the new text (the same rule applies).',
    args: { input: t.arg({ required: true, type: CreateToolReviewInput }) },
    resolve: async (_root, { input }, ctx) => ({ toolReview: await createReview(ctx, parseInput(createReviewSchema, input)) }),
  }),
);

builder.mutationField('updateToolReview', (t) =>
  t.field({
    type: ToolReviewPayload,
    description: 'Changes your review, named by its id or by toolId (yours of that tool). Only its author may edit a review.',
    args: { input: t.arg({ required: true, type: UpdateToolReviewInput }) },
    resolve: async (_root, { input }, ctx) => ({ toolReview: await updateReview(ctx, parseInput(updateReviewSchema, input)) }),
  }),
);

builder.mutationField('deleteToolReview', (t) =>
  t.field({
    type: DeleteToolReviewPayload,
    description:
      "Soft-deletes a review, named by its id or by toolId (yours of that tool). Your own as any member; another member's needs ADMIN (FORBIDDEN otherwise).",
    args: { input: t.arg({ required: true, type: DeleteToolReviewInput }) },
    resolve: async (_root, { input }, ctx) => ({ toolReview: await deleteReview(ctx, parseInput(deleteReviewSchema, input)) }),
  }),
);

// ---------------------------------------------------------------------------------------------
// The purchase lifecycle (README "Marketplace", lifecycle.ts): cancel (the organization's ADMIN
// and OWNER), refund (platform administrators), usage (members). Expiry is the hourly job's.
// ---------------------------------------------------------------------------------------------

const ToolPurchasePayload = payloadType('ToolPurchasePayload', ToolPurchaseType, 'toolPurchase');
const BundlePurchasePayload = payloadType('BundlePurchasePayload', BundlePurchaseType, 'bundlePurchase');

builder.mutationField('cancelToolPurchase', (t) =>
  t.field({
    type: ToolPurchasePayload,
    description:
      'Cancels an ACTIVE tool purchase of your organization (ADMIN and OWNER): it stops granting the tool at once. ' +
      'INVALID_PURCHASE_TRANSITION when it is not ACTIVE (extensions.status says what it is).',
    args: { input: t.arg({ required: true, type: CancelToolPurchaseInput }) },
    resolve: async (_root, { input }, ctx) => ({
      toolPurchase: await cancelToolPurchase(ctx, parseInput(cancelToolPurchaseSchema, input).id),
    }),
  }),
);

builder.mutationField('cancelBundlePurchase', (t) =>
  t.field({
    type: BundlePurchasePayload,
    description:
      'Cancels an ACTIVE bundle purchase of your organization (ADMIN and OWNER) and the ACTIVE tool purchases it granted, in one transaction; ' +
      'tools bought on their own stay. INVALID_PURCHASE_TRANSITION when it is not ACTIVE.',
    args: { input: t.arg({ required: true, type: CancelBundlePurchaseInput }) },
    resolve: async (_root, { input }, ctx) => ({
      bundlePurchase: await cancelBundlePurchase(ctx, parseInput(cancelBundlePurchaseSchema, input).id),
    }),
  }),
);

const RefundPurchasePayload = builder.objectRef<RefundResult>('RefundPurchasePayload').implement({
  description:
    "What a refund changed. The purchase itself is the organization's record (a platform administrator is not a member): its ids and new status only.",
  fields: (t) => ({
    organizationId: t.id({ resolve: (result) => encodeGlobalID('Organization', result.organizationId) }),
    purchaseId: t.id({ description: 'The ToolPurchase or BundlePurchase refunded.', resolve: (result) => result.purchaseId }),
    status: t.field({ type: PurchaseStatusEnum, resolve: (result) => result.status }),
    statusChangedAt: t.expose('statusChangedAt', { type: 'DateTime' }),
    toolPurchasesRefunded: t.exposeInt('toolPurchasesRefunded', {
      description: 'For a bundle: the tool purchases it granted that were refunded with it (0 for a tool).',
    }),
  }),
});

builder.mutationField('refundToolPurchase', (t) =>
  t.field({
    type: RefundPurchasePayload,
    description:
      "Refunds an ACTIVE or CANCELLED tool purchase (platform administrators only; needs no X-Organization-Id): it stops granting the tool and no longer counts in the tool's purchaseCount. " +
      'INVALID_PURCHASE_TRANSITION for a REFUNDED or EXPIRED one; NOT_FOUND when the organization holds no such purchase.',
    args: { input: t.arg({ required: true, type: RefundToolPurchaseInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { organizationId, id } = parseInput(refundToolPurchaseSchema, input);
      const result = await refundPurchase(ctx, 'tool', organizationId, id);
      return { ...result, purchaseId: encodeGlobalID('ToolPurchase', result.purchaseId) };
    },
  }),
);

builder.mutationField('refundBundlePurchase', (t) =>
  t.field({
    type: RefundPurchasePayload,
    description:
      'Refunds an ACTIVE or CANCELLED bundle purchase and the ACTIVE or CANCELLED tool purchases it granted (platform administrators only; needs no X-Organization-Id). ' +
      'INVALID_PURCHASE_TRANSITION for a REFUNDED or EXPIRED one; NOT_FOUND when the organization holds no such purchase.',
    args: { input: t.arg({ required: true, type: RefundBundlePurchaseInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { organizationId, id } = parseInput(refundBundlePurchaseSchema, input);
      const result = await refundPurchase(ctx, 'bundle', organizationId, id);
      return { ...result, purchaseId: encodeGlobalID('BundlePurchase', result.purchaseId) };
    },
  }),
);

interface UsageResult {
  counted: boolean;
  toolPurchase: { id: string; orgId: string; toolId: string };
}

const RecordToolUsagePayload = builder.objectRef<UsageResult>('RecordToolUsagePayload').implement({
  fields: (t) => ({
    toolPurchase: t.field({ type: ToolPurchaseType, resolve: (result) => result.toolPurchase }),
    counted: t.exposeBoolean('counted', {
      description: 'false when the last counted use is less than a minute old: this call is part of it and wrote nothing.',
    }),
  }),
});

builder.mutationField('recordToolUsage', (t) =>
  t.field({
    type: RecordToolUsagePayload,
    description:
      'Records that a member used a tool: lastUsedAt and usageCount of the purchase, at most once a minute (calls within a minute of the last counted use are that use). ' +
      'MEMBER and above; NO_ACTIVE_PURCHASE unless the organization has access to the tool (an ACTIVE purchase, not expired).',
    args: { input: t.arg({ required: true, type: RecordToolUsageInput }) },
    resolve: (_root, { input }, ctx) => recordToolUsage(ctx, parseInput(recordToolUsageSchema, input).toolId),
  }),
);
