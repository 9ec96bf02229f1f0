import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { clearable, globalId, jsonObject, omittable, optionalText, text, url, type InputFields } from '../../schema/validation.js';

function companyFields<Create extends boolean>(f: InputFields, create: Create) {
  return {
    name: f.string({ required: create }),
    domain: f.string(),
    industry: f.string(),
    website: f.string(),
    phone: f.string(),
    address: f.string(),
    customFields: f.field({ type: 'JSONObject' }),
  };
}

export const CreateCompanyInput = builder.inputType('CreateCompanyInput', { fields: (f) => companyFields(f, true) });
export const UpdateCompanyInput = builder.inputType('UpdateCompanyInput', {
  fields: (f) => ({ id: f.id({ required: true }), ...companyFields(f, false) }),
});

const name = text({ min: 1, max: 200 });
const companyRules = {
  domain: optionalText(253).transform((value) => value && value.toLowerCase()),
  industry: optionalText(100),
  website: clearable(url()),
  phone: optionalText(40),
  address: optionalText(500),
  customFields: jsonObject(),
};

export const createCompanySchema = z.object({ name, ...companyRules });
export const updateCompanySchema = z.object({ id: globalId('Company'), name: omittable(name), ...companyRules });
