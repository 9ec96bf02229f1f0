import { builder } from '../../schema/builder.js';

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

export interface DealFields {
  name: string;
  value?: string | null;
  currency?: string | null;
  probability?: number | null;
  expectedCloseDate?: Date | null;
  pipelineId?: string | number | null;
  stageId?: string | number | null;
  ownerId?: string | number | null;
  customFields?: Record<string, unknown> | null;
}
