import { builder } from '../../schema/builder.js';
import { ActivityType } from '../activity/types.js';
import { DealType } from './types.js';
import { parseGlobalId, parseOptionalGlobalId } from '../../schema/global-ids.js';
import { defineSoftDeleteMutations, objectPayload, payloadType } from '../../schema/resource.js';
import { DealFieldsInput } from './inputs.js';
import { createDeal, dealScalars, moveDealStage } from './service.js';

const DealPayload = payloadType('DealPayload', DealType, 'deal');

builder.mutationField('createDeal', (t) =>
  t.field({
    type: DealPayload,
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('CreateDealInput', {
          fields: (f) => ({
            deal: f.field({ type: DealFieldsInput, required: true }),
            contactId: f.id(),
            companyId: f.id(),
            leadId: f.id(),
            listingId: f.id({ description: 'A Listing of this organization.' }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      deal: await createDeal(ctx, input.deal, {
        contactId: parseOptionalGlobalId(input.contactId, 'Contact', 'contactId'),
        companyId: parseOptionalGlobalId(input.companyId, 'Company', 'companyId'),
        leadId: parseOptionalGlobalId(input.leadId, 'Lead', 'leadId'),
        listingId: parseOptionalGlobalId(input.listingId, 'Listing', 'listingId'),
      }),
    }),
  }),
);

builder.mutationField('updateDeal', (t) =>
  t.field({
    type: DealPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field. Change the stage with moveDealStage.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpdateDealInput', {
          fields: (f) => ({
            id: f.id({ required: true }),
            name: f.string(),
            value: f.field({ type: 'Decimal' }),
            currency: f.string(),
            probability: f.int(),
            expectedCloseDate: f.field({ type: 'Date' }),
            ownerId: f.id(),
            contactId: f.id(),
            companyId: f.id(),
            listingId: f.id({ description: 'A Listing of this organization; null unlinks.' }),
            customFields: f.field({ type: 'JSONObject' }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      deal: await ctx.prisma.deal.update({
        where: { id: parseGlobalId(String(input.id), 'Deal') },
        data: {
          ...dealScalars(input as never),
          ...(input.contactId !== undefined ? { contactId: parseOptionalGlobalId(input.contactId, 'Contact', 'contactId') } : {}),
          ...(input.companyId !== undefined ? { companyId: parseOptionalGlobalId(input.companyId, 'Company', 'companyId') } : {}),
          ...(input.listingId !== undefined ? { listingId: parseOptionalGlobalId(input.listingId, 'Listing', 'listingId') } : {}),
        } as never,
      }),
    }),
  }),
);

defineSoftDeleteMutations({ type: 'Deal', ref: DealType, delegate: 'deal', field: 'deal' });

const MoveDealStagePayload = objectPayload('MoveDealStagePayload', {
  deal: { type: DealType },
  activity: { type: ActivityType, nullable: true, description: 'The STAGE_CHANGE activity recorded (null when the deal was already there).' },
});

builder.mutationField('moveDealStage', (t) =>
  t.field({
    type: MoveDealStagePayload,
    description: "Moves a deal to a stage; its status follows the stage (WON/LOST close it) and the move is recorded as an activity.",
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('MoveDealStageInput', { fields: (f) => ({ dealId: f.id({ required: true }), stageId: f.id({ required: true }) }) }),
      }),
    },
    resolve: (_root, { input }, ctx) => moveDealStage(ctx, parseGlobalId(String(input.dealId), 'Deal', 'dealId'), String(input.stageId)),
  }),
);
