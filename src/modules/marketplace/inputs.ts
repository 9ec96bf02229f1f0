import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import {
  clearable,
  currency,
  given,
  globalId,
  intBetween,
  money,
  nullMeans,
  omittable,
  optionalText,
  stringSet,
  tags,
  text,
  type InputFields,
} from '../../schema/validation.js';
import { BundleTypeEnum, ToolCategoryEnum, ToolTierEnum } from './types.js';
import { MAX_LICENCE_DAYS } from './licence.js';

/** Catalog prices are numeric(12, 2). */
export const MAX_CATALOG_PRICE = 1e10;

const licenceDaysDescription = (what: string) =>
  `Licence length in days, 1 to ${MAX_LICENCE_DAYS}: checkout sets each new purchase's expiresAt to the purchase time plus this many days ` +
  `(${what}). Null or omitted at creation: perpetual (expiresAt null). Changing it later does not change purchases already made.`;

function toolFields<Create extends boolean>(f: InputFields, create: Create) {
  return {
    slug: f.string({ required: create, description: 'Unique: lower-case letters and digits joined by hyphens.' }),
    name: f.string({ required: create }),
    description: f.string(),
    category: f.field({ type: ToolCategoryEnum, required: create }),
    tier: f.field({ type: ToolTierEnum, required: create, description: 'Sets the price: T1 100, T2 200, T3 300 USD.' }),
    price: f.field({
      type: 'Decimal',
      description: "Optional: the tier sets the price. When given it must be the tier's price (BAD_USER_INPUT otherwise).",
      deprecationReason: 'The tier sets the price; omit it.',
    }),
    currency: f.string({ description: 'Optional; tier prices are in USD, the only currency accepted.' }),
    icon: f.string({ description: 'An icon name or URL, at most 500 characters; null clears it.' }),
    features: f.stringList(),
    capabilities: f.stringList(),
    integrations: f.stringList({ description: 'The outside services the tool connects to.' }),
    tags: f.stringList(),
    licenceDays: f.int({
      description:
        licenceDaysDescription("a tool granted by a bundle follows the bundle's licence instead") +
        (create ? '' : ' null: perpetual from now on.'),
    }),
    active: f.boolean({ description: 'Defaults to true.' }),
  };
}

export const CreateMarketplaceToolInput = builder.inputType('CreateMarketplaceToolInput', { fields: (f) => toolFields(f, true) });
export const UpdateMarketplaceToolInput = builder.inputType('UpdateMarketplaceToolInput', {
  fields: (f) => ({ id: f.id({ required: true }), ...toolFields(f, false) }),
});

function bundleFields<Create extends boolean>(f: InputFields, create: Create) {
  return {
    slug: f.string({ required: create }),
    name: f.string({ required: create }),
    description: f.string(),
    type: f.field({ type: BundleTypeEnum, required: create }),
    popular: f.boolean({ description: 'Shown as popular by the storefront; defaults to false.' }),
    bundlePrice: f.field({ type: 'Decimal', required: create, description: "At most the sum of the tools' prices." }),
    currency: f.string({ description: 'ISO 4217 code (defaults to USD); every tool must be priced in it.' }),
    licenceDays: f.int({
      description:
        licenceDaysDescription('the bundle purchase and the tool purchases it grants') + (create ? '' : ' null: perpetual from now on.'),
    }),
    active: f.boolean({ description: 'Defaults to true.' }),
    toolIds: f.idList({
      required: create,
      description: '1 to 50 distinct MarketplaceTool ids, in bundle order.' + (create ? '' : ' Replaces the tools.'),
    }),
  };
}

export const CreateToolBundleInput = builder.inputType('CreateToolBundleInput', { fields: (f) => bundleFields(f, true) });
export const UpdateToolBundleInput = builder.inputType('UpdateToolBundleInput', {
  fields: (f) => ({ id: f.id({ required: true }), ...bundleFields(f, false) }),
});

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = text({ min: 1, max: 100 }).refine((value) => SLUG.test(value), {
  message: 'slug must be lower-case letters and digits joined by single hyphens, e.g. "email-sequences"',
});
const name = text({ min: 1, max: 200 });
const price = money(MAX_CATALOG_PRICE);
const category = given<typeof ToolCategoryEnum.$inferInput>();
const tier = given<typeof ToolTierEnum.$inferInput>();
const listOf = (maxItems: number) =>
  nullMeans(
    stringSet({ maxItems, maxLength: 200, tooMany: `{field}: at most ${maxItems}`, tooLong: '{field}: each at most 200 characters' }),
    (): string[] => [],
  );

/** The bundle's tools, in order: 1 to 50 distinct MarketplaceTool ids. */
const toolIds = z.array(z.string()).transform((values, ctx) => {
  if (values.length === 0 || values.length > 50) {
    ctx.addIssue({ code: 'custom', message: 'toolIds: 1 to 50 tools' });
    return z.NEVER;
  }
  const ids = z.array(globalId('MarketplaceTool')).safeParse(values);
  if (!ids.success) {
    ctx.addIssue({ code: 'custom', message: '{field} is not a valid MarketplaceTool id' });
    return z.NEVER;
  }
  if (new Set(ids.data).size !== ids.data.length) {
    ctx.addIssue({ code: 'custom', message: 'toolIds: each tool at most once' });
    return z.NEVER;
  }
  return ids.data;
});

/** A whole number of days, 1 to MAX_LICENCE_DAYS; null (or omitted) means perpetual on create, null on update clears it. */
const licenceDays = clearable(intBetween(1, MAX_LICENCE_DAYS));

const toolRules = {
  description: optionalText(5000),
  licenceDays,
  currency: omittable(currency()),
  icon: optionalText(500),
  features: listOf(50),
  capabilities: listOf(50),
  integrations: listOf(50),
  tags: tags(),
  active: omittable(given<boolean>()),
};

export const createToolSchema = z.object({
  slug,
  name,
  category,
  tier,
  price: omittable(price),
  ...toolRules,
});
export const updateToolSchema = z.object({
  id: globalId('MarketplaceTool'),
  slug: omittable(slug),
  name: omittable(name),
  category: omittable(category),
  tier: omittable(tier),
  price: omittable(price),
  ...toolRules,
});

const bundleRules = {
  description: optionalText(5000),
  licenceDays,
  popular: omittable(given<boolean>()),
  currency: omittable(currency()),
  active: omittable(given<boolean>()),
};

export const createBundleSchema = z.object({
  slug,
  name,
  type: given<typeof BundleTypeEnum.$inferInput>(),
  bundlePrice: price,
  toolIds,
  ...bundleRules,
});
export const updateBundleSchema = z.object({
  id: globalId('ToolBundle'),
  slug: omittable(slug),
  name: omittable(name),
  type: omittable(given<typeof BundleTypeEnum.$inferInput>()),
  bundlePrice: omittable(price),
  toolIds: omittable(toolIds),
  ...bundleRules,
});

export type CreateTool = z.output<typeof createToolSchema>;
export type UpdateTool = z.output<typeof updateToolSchema>;
export type CreateBundle = z.output<typeof createBundleSchema>;
export type UpdateBundle = z.output<typeof updateBundleSchema>;

// --- Reviews ---------------------------------------------------------------------------------

export const CreateToolReviewInput = builder.inputType('CreateToolReviewInput', {
  fields: (f) => ({
    toolId: f.id({ required: true }),
    rating: f.int({ required: true, description: '1 to 5.' }),
    title: f.string(),
    body: f.string(),
  }),
});

export const UpdateToolReviewInput = builder.inputType('UpdateToolReviewInput', {
  fields: (f) => ({ id: f.id(), toolId: f.id(), rating: f.int({ description: '1 to 5.' }), title: f.string(), body: f.string() }),
});

export const DeleteToolReviewInput = builder.inputType('DeleteToolReviewInput', { fields: (f) => ({ id: f.id(), toolId: f.id() }) });

const rating = intBetween(1, 5);
const reviewText = { title: optionalText(200), body: optionalText(5000) };

/** A review named by its id, or the viewer's own review of a tool (toolId): exactly one. */
const reviewReference = {
  id: clearable(globalId('ToolReview')),
  toolId: clearable(globalId('MarketplaceTool')),
};
const exactlyOneReference = (value: { id?: string | null; toolId?: string | null }, ctx: z.core.$RefinementCtx<unknown>) => {
  if ((value.id == null) === (value.toolId == null)) {
    ctx.addIssue({ code: 'custom', message: 'Give exactly one of id and toolId', path: [value.id == null ? 'id' : 'toolId'] });
  }
};

export const createReviewSchema = z.object({ toolId: globalId('MarketplaceTool'), rating, ...reviewText });
export const updateReviewSchema = z
  .object({ ...reviewReference, rating: omittable(rating), ...reviewText })
  .superRefine(exactlyOneReference);
export const deleteReviewSchema = z.object(reviewReference).superRefine(exactlyOneReference);

export type CreateReview = z.output<typeof createReviewSchema>;
export type UpdateReview = z.output<typeof updateReviewSchema>;
export type ReviewReference = z.output<typeof deleteReviewSchema>;

// --- Cart ------------------------------------------------------------------------------------

export const CartItemInput = builder.inputType('CartItemInput', {
  description: 'Exactly one of toolId and bundleId.',
  fields: (f) => ({ toolId: f.id(), bundleId: f.id() }),
});

/** Exactly one of toolId and bundleId, decoded. */
export const cartItemSchema = z
  .object({ toolId: clearable(globalId('MarketplaceTool')), bundleId: clearable(globalId('ToolBundle')) })
  .transform(({ toolId, bundleId }, ctx) => {
    if ((toolId == null) === (bundleId == null)) {
      ctx.addIssue({ code: 'custom', message: 'Give exactly one of toolId and bundleId', path: [toolId == null ? 'toolId' : 'bundleId'] });
      return z.NEVER;
    }
    return { toolId: toolId ?? null, bundleId: bundleId ?? null };
  });
export type CartItem = z.output<typeof cartItemSchema>;

export const CheckoutInput = builder.inputType('CheckoutInput', {
  fields: (f) => ({
    idempotencyKey: f.string({
      required: false,
      description:
        'Chosen by the client (e.g. a UUID), 1 to 200 characters; unique per organization. Optional: the Idempotency-Key header ' +
        '(README "Idempotency keys") gives the key instead; sending both, they must be equal.',
      deprecationReason: 'Send the Idempotency-Key header instead.',
    }),
  }),
});

/** Compared exactly as sent (no trimming): "abc" and "abc " are two keys. */
export const checkoutSchema = z.object({
  idempotencyKey: z
    .string()
    .refine((key) => key.trim().length > 0 && key.length <= 200, {
      message: '{field} must be 1 to 200 characters, not only spaces',
    })
    .nullish(),
});

// --- Purchase lifecycle ----------------------------------------------------------------------

export const CancelToolPurchaseInput = builder.inputType('CancelToolPurchaseInput', {
  fields: (f) => ({ id: f.id({ required: true, description: 'The ToolPurchase.' }) }),
});
export const CancelBundlePurchaseInput = builder.inputType('CancelBundlePurchaseInput', {
  fields: (f) => ({ id: f.id({ required: true, description: 'The BundlePurchase.' }) }),
});
export const RefundToolPurchaseInput = builder.inputType('RefundToolPurchaseInput', {
  fields: (f) => ({
    organizationId: f.id({ required: true, description: 'The Organization that holds the purchase.' }),
    id: f.id({ required: true, description: 'The ToolPurchase.' }),
  }),
});
export const RefundBundlePurchaseInput = builder.inputType('RefundBundlePurchaseInput', {
  fields: (f) => ({
    organizationId: f.id({ required: true, description: 'The Organization that holds the purchase.' }),
    id: f.id({ required: true, description: 'The BundlePurchase.' }),
  }),
});
export const RecordToolUsageInput = builder.inputType('RecordToolUsageInput', {
  fields: (f) => ({ toolId: f.id({ required: true, description: 'The MarketplaceTool used.' }) }),
});

export const cancelToolPurchaseSchema = z.object({ id: globalId('ToolPurchase') });
export const cancelBundlePurchaseSchema = z.object({ id: globalId('BundlePurchase') });
export const refundToolPurchaseSchema = z.object({ organizationId: globalId('Organization'), id: globalId('ToolPurchase') });
export const refundBundlePurchaseSchema = z.object({ organizationId: globalId('Organization'), id: globalId('BundlePurchase') });
export const recordToolUsageSchema = z.object({ toolId: globalId('MarketplaceTool') });
