import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../schema/builder.js';
import { payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import {
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
import { BundlePurchaseType, PurchaseStatusEnum, ToolPurchaseType } from './types.js';

// The purchase lifecycle (README "Marketplace"): cancel (the organization's ADMIN and OWNER),
// refund (platform administrators), usage (members). Expiry is the hourly job's (src/jobs/).

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
  toolPurchase: { id: string };
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
