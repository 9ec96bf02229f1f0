import { builder } from '../../schema/builder.js';
import { CompanyType } from './types.js';
import { parseGlobalId } from '../../schema/global-ids.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { defined, jsonObject, text, url } from '../../schema/validation-legacy.js';

interface CompanyFields {
  name?: string | null;
  domain?: string | null;
  industry?: string | null;
  website?: string | null;
  phone?: string | null;
  address?: string | null;
  customFields?: Record<string, unknown> | null;
}

function companyData(input: CompanyFields) {
  return defined({
    name: text(input.name, 'name', { min: 1, max: 200 }),
    domain: text(input.domain, 'domain', { max: 253, nullable: true })?.toLowerCase(),
    industry: text(input.industry, 'industry', { max: 100, nullable: true }),
    website: url(input.website, 'website'),
    phone: text(input.phone, 'phone', { max: 40, nullable: true }),
    address: text(input.address, 'address', { max: 500, nullable: true }),
    customFields: jsonObject(input.customFields, 'customFields'),
  });
}

const companyFields = (f: any, create: boolean) => ({
  name: f.string({ required: create }),
  domain: f.string(),
  industry: f.string(),
  website: f.string(),
  phone: f.string(),
  address: f.string(),
  customFields: f.field({ type: 'JSONObject' }),
});

const CompanyPayload = payloadType('CompanyPayload', CompanyType, 'company');

builder.mutationField('createCompany', (t) =>
  t.field({
    type: CompanyPayload,
    args: {
      input: t.arg({ required: true, type: builder.inputType('CreateCompanyInput', { fields: (f) => companyFields(f, true) }) }),
    },
    resolve: async (_root, { input }, ctx) => ({
      company: await ctx.prisma.company.create({ data: { ...companyData(input as CompanyFields), orgId: ctx.orgId! } as never }),
    }),
  }),
);

builder.mutationField('updateCompany', (t) =>
  t.field({
    type: CompanyPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpdateCompanyInput', { fields: (f) => ({ id: f.id({ required: true }), ...companyFields(f, false) }) }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      company: await ctx.prisma.company.update({ where: { id: parseGlobalId(String(input.id), 'Company') }, data: companyData(input as CompanyFields) as never }),
    }),
  }),
);

defineSoftDeleteMutations({ type: 'Company', ref: CompanyType, delegate: 'company', field: 'company' });
