import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import {
  clearable,
  currency,
  given,
  globalId,
  intBetween,
  jsonObject,
  nullIgnored,
  nullMeans,
  omittable,
  text,
} from '../../schema/validation.js';
import { DealStatusEnum } from './types.js';

/** The fields of a new deal; used by createDeal and by convertLead's optional deal. */
export const DealFieldsInput = builder.inputType('DealFieldsInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    value: t.field({ type: 'Decimal', description: 'Defaults to 0.' }),
    currency: t.string({ description: 'ISO 4217 code; defaults to USD.' }),
    probability: t.int({ description: "0-100; omit to use the stage's probability." }),
    expectedCloseDate: t.field({ type: 'Date' }),
    pipelineId: t.id({ description: "Defaults to the organization's default pipeline." }),
    stageId: t.id({ description: "A stage of the pipeline; defaults to the pipeline's first stage." }),
    ownerId: t.id({ description: 'A User who is a member of this organization.' }),
    customFields: t.field({ type: 'JSONObject' }),
  }),
});

export const CreateDealInput = builder.inputType('CreateDealInput', {
  fields: (f) => ({
    deal: f.field({ type: DealFieldsInput, required: true }),
    contactId: f.id(),
    companyId: f.id(),
    leadId: f.id(),
    listingId: f.id({ description: 'A Listing of this organization.' }),
  }),
});

export const UpdateDealInput = builder.inputType('UpdateDealInput', {
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
    status: f.field({
      type: DealStatusEnum,
      description: 'ON_HOLD pauses a deal of an OPEN stage, OPEN resumes it; WON and LOST come from moveDealStage.',
    }),
    customFields: f.field({ type: 'JSONObject' }),
  }),
});

export const MoveDealStageInput = builder.inputType('MoveDealStageInput', {
  fields: (f) => ({ dealId: f.id({ required: true }), stageId: f.id({ required: true }) }),
});

const name = text({ min: 1, max: 200 });
/** The deal's own columns, as create and update share them. */
const dealRules = {
  // Signed (credits and write-offs are deals too); the Decimal scalar checked the format.
  value: nullMeans(given<string>(), () => '0'),
  currency: omittable(currency()),
  probability: clearable(intBetween(0, 100)),
  expectedCloseDate: clearable(given<Date>()),
  ownerId: clearable(globalId('User')),
  customFields: jsonObject(),
};

export const dealFieldsSchema = z.object({
  name,
  ...dealRules,
  pipelineId: clearable(globalId('Pipeline')),
  stageId: clearable(globalId('PipelineStage')),
});
export type DealFields = z.output<typeof dealFieldsSchema>;

const dealLinks = {
  contactId: clearable(globalId('Contact')),
  companyId: clearable(globalId('Company')),
  listingId: clearable(globalId('Listing')),
};

export const createDealSchema = z.object({ deal: dealFieldsSchema, ...dealLinks, leadId: clearable(globalId('Lead')) });
const pauseStatus = nullIgnored(given<typeof DealStatusEnum.$inferInput>()).refine(
  (status) => status === undefined || status === 'OPEN' || status === 'ON_HOLD',
  { message: '{field} can be set to OPEN or ON_HOLD; a deal is won or lost by moving it to a WON or LOST stage' },
);
export const updateDealSchema = z.object({
  id: globalId('Deal'),
  name: omittable(name),
  ...dealRules,
  ...dealLinks,
  status: pauseStatus,
});
export const moveDealStageSchema = z.object({ dealId: globalId('Deal'), stageId: globalId('PipelineStage') });

export const DealUpdatedFilter = builder.inputType('DealUpdatedFilter', {
  description: 'Only deals with every value given here, as they are after the change (all of them when empty).',
  fields: (f) => ({
    pipelineId: f.id(),
    stageId: f.id(),
    ownerId: f.id({ description: 'A User id.' }),
  }),
});

/** dealUpdated's filter: ids decoded; null or absent means no condition. */
export const dealUpdatedFilterSchema = z
  .object({
    pipelineId: nullIgnored(globalId('Pipeline')),
    stageId: nullIgnored(globalId('PipelineStage')),
    ownerId: nullIgnored(globalId('User')),
  })
  .nullish()
  .transform((filter) => filter ?? {});
