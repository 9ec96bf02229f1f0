import { builder } from '../../schema/builder.js';
import { assertCustomFieldValues } from '../custom-field/service.js';
import { ActivityType } from '../activity/types.js';
import { DealType } from './types.js';
import { defineSoftDeleteMutations, objectPayload, payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { CreateDealInput, MoveDealStageInput, UpdateDealInput, createDealSchema, moveDealStageSchema, updateDealSchema } from './inputs.js';
import { createDeal, moveDealStage, updateDeal } from './service.js';

const DealPayload = payloadType('DealPayload', DealType, 'deal');

builder.mutationField('createDeal', (t) =>
  t.field({
    type: DealPayload,
    args: { input: t.arg({ required: true, type: CreateDealInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { deal, ...links } = parseInput(createDealSchema, input);
      return { deal: await createDeal(ctx, deal, links) };
    },
  }),
);

builder.mutationField('updateDeal', (t) =>
  t.field({
    type: DealPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field. Change the stage with moveDealStage.',
    args: { input: t.arg({ required: true, type: UpdateDealInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { id, ...data } = parseInput(updateDealSchema, input);
      await assertCustomFieldValues(ctx, 'DEAL', data.customFields);
      return { deal: await updateDeal(ctx, id, data) };
    },
  }),
);

defineSoftDeleteMutations({ type: 'Deal', ref: DealType, delegate: 'deal', field: 'deal' });

const MoveDealStagePayload = objectPayload('MoveDealStagePayload', {
  deal: { type: DealType },
  activity: {
    type: ActivityType,
    nullable: true,
    description: 'The STAGE_CHANGE activity recorded (null when the deal was already there).',
  },
});

builder.mutationField('moveDealStage', (t) =>
  t.field({
    type: MoveDealStagePayload,
    description: 'Moves a deal to a stage; its status follows the stage (WON/LOST close it) and the move is recorded as an activity.',
    args: { input: t.arg({ required: true, type: MoveDealStageInput }) },
    resolve: (_root, { input }, ctx, info) => {
      const { dealId, stageId } = parseInput(moveDealStageSchema, input);
      return moveDealStage(ctx, info, dealId, stageId);
    },
  }),
);
