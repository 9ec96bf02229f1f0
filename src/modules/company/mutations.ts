import { builder } from '../../schema/builder.js';
import { assertCustomFieldValues } from '../custom-field/service.js';
import { CompanyType } from './types.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { CreateCompanyInput, UpdateCompanyInput, createCompanySchema, updateCompanySchema } from './inputs.js';
import { tenantOf } from '../../context/index.js';
import { tenantKey } from '../../context/tenant-key.js';

const CompanyPayload = payloadType('CompanyPayload', CompanyType, 'company');

builder.mutationField('createCompany', (t) =>
  t.field({
    type: CompanyPayload,
    args: {
      input: t.arg({ required: true, type: CreateCompanyInput }),
    },
    resolve: async (_root, { input }, ctx) => {
      const data = parseInput(createCompanySchema, input);
      await assertCustomFieldValues(ctx, 'COMPANY', data.customFields ?? {});
      return { company: await ctx.prisma.company.create({ data: { ...data, orgId: tenantOf(ctx).orgId } }) };
    },
  }),
);

builder.mutationField('updateCompany', (t) =>
  t.field({
    type: CompanyPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field.',
    args: {
      input: t.arg({ required: true, type: UpdateCompanyInput }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { id, ...data } = parseInput(updateCompanySchema, input);
      await assertCustomFieldValues(ctx, 'COMPANY', data.customFields);
      return { company: await ctx.prisma.company.update({ where: tenantKey(ctx, id), data }) };
    },
  }),
);

defineSoftDeleteMutations({ type: 'Company', ref: CompanyType, delegate: 'company', field: 'company' });
