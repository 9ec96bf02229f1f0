import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import {
  clearable,
  email,
  given,
  globalId,
  jsonObject,
  nullIgnored,
  omittable,
  optionalText,
  tags,
  text,
  type InputFields,
} from '../../schema/validation.js';
import { ContactStatusEnum, ContactTypeEnum } from './types.js';

function contactFields<Create extends boolean>(f: InputFields, create: Create) {
  return {
    firstName: f.string({ required: create }),
    lastName: f.string({ required: create }),
    email: f.string(),
    phone: f.string(),
    title: f.string(),
    type: f.field({ type: ContactTypeEnum, description: 'Defaults to PROSPECT.' }),
    status: f.field({ type: ContactStatusEnum, description: 'Defaults to ACTIVE.' }),
    companyId: f.id({ description: 'A Company of this organization.' }),
    ownerId: f.id({ description: 'A User who is a member of this organization.' }),
    tags: f.stringList(),
    socialLinks: f.field({ type: 'JSONObject' }),
    customFields: f.field({ type: 'JSONObject' }),
  };
}

export const CreateContactInput = builder.inputType('CreateContactInput', { fields: (f) => contactFields(f, true) });
export const UpdateContactInput = builder.inputType('UpdateContactInput', {
  fields: (f) => ({ id: f.id({ required: true }), ...contactFields(f, false) }),
});

const name = text({ min: 1, max: 100 });
const contactRules = {
  email: email(),
  phone: optionalText(40),
  title: optionalText(120),
  // Null in an enum field leaves it as it is (the columns are not nullable), as for leads.
  type: nullIgnored(given<typeof ContactTypeEnum.$inferInput>()),
  status: nullIgnored(given<typeof ContactStatusEnum.$inferInput>()),
  companyId: clearable(globalId('Company')),
  ownerId: clearable(globalId('User')),
  tags: tags(),
  socialLinks: jsonObject(),
  customFields: jsonObject(),
};

export const createContactSchema = z.object({ firstName: name, lastName: name, ...contactRules });
export const updateContactSchema = z.object({
  id: globalId('Contact'),
  firstName: omittable(name),
  lastName: omittable(name),
  ...contactRules,
});

export const ContactUpdatedFilter = builder.inputType('ContactUpdatedFilter', {
  description: 'Only contacts with every value given here, as they are after the change (all of them when empty).',
  fields: (f) => ({
    companyId: f.id(),
    ownerId: f.id({ description: 'A User id.' }),
  }),
});

/** contactUpdated's filter: ids decoded; null or absent means no condition. */
export const contactUpdatedFilterSchema = z
  .object({
    companyId: nullIgnored(globalId('Company')),
    ownerId: nullIgnored(globalId('User')),
  })
  .nullish()
  .transform((filter) => filter ?? {});
