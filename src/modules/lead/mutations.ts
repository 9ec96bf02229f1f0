import { builder } from '../../schema/builder.js';
import { assertCustomFieldValues } from '../custom-field/service.js';
import { DealType } from '../deal/types.js';
import { ContactType } from '../contact/types.js';
import { LeadType } from './types.js';
import { CompanyType } from '../company/types.js';
import { defineSoftDeleteMutations, objectPayload, payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { ConvertLeadInput, CreateLeadInput, UpdateLeadInput, convertLeadSchema, createLeadSchema, updateLeadSchema } from './inputs.js';
import { convertLead } from './service.js';
import { tenantOf } from '../../context/index.js';
import { tenantKey } from '../../context/tenant-key.js';

const LeadPayload = payloadType('LeadPayload', LeadType, 'lead');

builder.mutationField('createLead', (t) =>
  t.field({
    type: LeadPayload,
    args: { input: t.arg({ required: true, type: CreateLeadInput }) },
    resolve: async (_root, { input }, ctx) => {
      const data = parseInput(createLeadSchema, input);
      await assertCustomFieldValues(ctx, 'LEAD', data.customFields ?? {});
      return { lead: await ctx.prisma.lead.create({ data: { ...data, orgId: tenantOf(ctx).orgId } }) };
    },
  }),
);

builder.mutationField('updateLead', (t) =>
  t.field({
    type: LeadPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field.',
    args: { input: t.arg({ required: true, type: UpdateLeadInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { id, ...data } = parseInput(updateLeadSchema, input);
      await assertCustomFieldValues(ctx, 'LEAD', data.customFields);
      return { lead: await ctx.prisma.lead.update({ where: tenantKey(ctx, id), data }) };
    },
  }),
);

defineSoftDeleteMutations({ type: 'Lead', ref: LeadType, delegate: 'lead', field: 'lead' });

const ConvertLeadPayload = objectPayload('ConvertLeadPayload', {
  lead: { type: LeadType },
  contact: { type: ContactType },
  company: { type: CompanyType, nullable: true },
  deal: { type: DealType, nullable: true },
});

builder.mutationField('convertLead', (t) =>
  t.field({
    type: ConvertLeadPayload,
    description:
      "Turns a lead into a contact, optionally with a company (an existing one, or a new one from the lead's companyName) and a deal — all or nothing.",
    args: { input: t.arg({ required: true, type: ConvertLeadInput }) },
    resolve: (_root, { input }, ctx) => convertLead(ctx, parseInput(convertLeadSchema, input)),
  }),
);
