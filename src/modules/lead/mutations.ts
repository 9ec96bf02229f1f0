import { builder } from '../../schema/builder.js';
import { DealType } from '../deal/types.js';
import { ContactType } from '../contact/types.js';
import { LeadType } from './types.js';
import { CompanyType } from '../company/types.js';
import { badInput } from '../../schema/errors.js';
import { parseGlobalId, parseOptionalGlobalId } from '../../schema/global-ids.js';
import { defineSoftDeleteMutations, objectPayload, payloadType } from '../../schema/resource.js';
import { defined, email, intInRange, jsonObject, text } from '../../schema/validation-legacy.js';
import { LeadRatingEnum, LeadSourceEnum, LeadStatusEnum } from './types.js';
import { convertLead } from './service.js';
import { DealFieldsInput } from '../deal/inputs.js';


function leadData(input: Record<string, any>) {
  if (input.status === 'CONVERTED') throw badInput('Use convertLead to convert a lead', 'status');
  return defined({
    firstName: text(input.firstName, 'firstName', { max: 100, nullable: true }),
    lastName: text(input.lastName, 'lastName', { min: 1, max: 100 }),
    email: email(input.email),
    phone: text(input.phone, 'phone', { max: 40, nullable: true }),
    companyName: text(input.companyName, 'companyName', { max: 200, nullable: true }),
    title: text(input.title, 'title', { max: 120, nullable: true }),
    source: input.source ?? undefined,
    status: input.status ?? undefined,
    rating: input.rating ?? undefined,
    score: intInRange(input.score, 'score', 0, 100),
    assigneeId: parseOptionalGlobalId(input.assigneeId, 'User', 'assigneeId'),
    customFields: jsonObject(input.customFields, 'customFields'),
  });
}

const leadFields = (f: any, create: boolean) => ({
  firstName: f.string(),
  lastName: f.string({ required: create }),
  email: f.string(),
  phone: f.string(),
  companyName: f.string(),
  title: f.string(),
  source: f.field({ type: LeadSourceEnum }),
  status: f.field({ type: LeadStatusEnum, description: 'CONVERTED is set by convertLead only.' }),
  rating: f.field({ type: LeadRatingEnum }),
  score: f.int({ description: '0-100' }),
  assigneeId: f.id({ description: 'A User who is a member of this organization.' }),
  customFields: f.field({ type: 'JSONObject' }),
});

const LeadPayload = payloadType('LeadPayload', LeadType, 'lead');

builder.mutationField('createLead', (t) =>
  t.field({
    type: LeadPayload,
    args: { input: t.arg({ required: true, type: builder.inputType('CreateLeadInput', { fields: (f) => leadFields(f, true) }) }) },
    resolve: async (_root, { input }, ctx) => ({
      lead: await ctx.prisma.lead.create({ data: { ...leadData(input), orgId: ctx.orgId! } as never }),
    }),
  }),
);

builder.mutationField('updateLead', (t) =>
  t.field({
    type: LeadPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpdateLeadInput', { fields: (f) => ({ id: f.id({ required: true }), ...leadFields(f, false) }) }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      lead: await ctx.prisma.lead.update({ where: { id: parseGlobalId(String(input.id), 'Lead') }, data: leadData(input) as never }),
    }),
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
      'Turns a lead into a contact, optionally with a company (an existing one, or a new one from the lead\'s companyName) and a deal — all or nothing.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('ConvertLeadInput', {
          fields: (f) => ({
            leadId: f.id({ required: true }),
            companyId: f.id({ description: 'Attach the contact to this existing company.' }),
            createCompany: f.boolean({ defaultValue: false, description: "Create a company named after the lead's companyName." }),
            deal: f.field({ type: DealFieldsInput, description: 'Also open a deal for the new contact.' }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) => convertLead(ctx, input as never),
  }),
);
