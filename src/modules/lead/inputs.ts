import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import {
  clearable,
  email,
  given,
  globalId,
  intBetween,
  jsonObject,
  nullIgnored,
  nullMeans,
  omittable,
  optionalText,
  text,
  type InputFields,
} from '../../schema/validation.js';
import { DealFieldsInput, dealFieldsSchema } from '../deal/inputs.js';
import { LeadRatingEnum, LeadSourceEnum, LeadStatusEnum } from './types.js';

function leadFields<Create extends boolean>(f: InputFields, create: Create) {
  return {
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
  };
}

export const CreateLeadInput = builder.inputType('CreateLeadInput', { fields: (f) => leadFields(f, true) });
export const UpdateLeadInput = builder.inputType('UpdateLeadInput', {
  fields: (f) => ({ id: f.id({ required: true }), ...leadFields(f, false) }),
});

export const ConvertLeadInput = builder.inputType('ConvertLeadInput', {
  fields: (f) => ({
    leadId: f.id({ required: true }),
    companyId: f.id({ description: 'Attach the contact to this existing company.' }),
    createCompany: f.boolean({ defaultValue: false, description: "Create a company named after the lead's companyName." }),
    deal: f.field({ type: DealFieldsInput, description: 'Also open a deal for the new contact.' }),
    contactCustomFields: f.field({
      type: 'JSONObject',
      description:
        "The new contact's custom field values, merged over those carried from the lead (the lead's values whose key is a live CONTACT field and that fit it; the others stay on the lead only). null for a key leaves it unset. The result is checked like createContact's customFields: a required CONTACT field the lead cannot fill must be given here.",
    }),
  }),
});

/** Null in an enum field leaves it as it is (the columns are not nullable). */
const enumValue = <T>() => nullIgnored(given<T>());

const lastName = text({ min: 1, max: 100 });
const leadRules = {
  // First, as before: converting has its own mutation.
  status: enumValue<typeof LeadStatusEnum.$inferInput>().refine((status) => status !== 'CONVERTED', {
    message: 'Use convertLead to convert a lead',
  }),
  firstName: optionalText(100),
  email: email(),
  phone: optionalText(40),
  companyName: optionalText(200),
  title: optionalText(120),
  source: enumValue<typeof LeadSourceEnum.$inferInput>(),
  rating: enumValue<typeof LeadRatingEnum.$inferInput>(),
  score: omittable(intBetween(0, 100)),
  assigneeId: clearable(globalId('User')),
  customFields: jsonObject(),
};

export const createLeadSchema = z.object({ ...leadRules, lastName });
export const updateLeadSchema = z.object({ id: globalId('Lead'), ...leadRules, lastName: omittable(lastName) });

export const convertLeadSchema = z.object({
  leadId: globalId('Lead'),
  companyId: clearable(globalId('Company')),
  createCompany: nullMeans(given<boolean>(), () => false),
  deal: clearable(dealFieldsSchema),
  contactCustomFields: jsonObject(),
});
export type ConvertLead = z.output<typeof convertLeadSchema>;
