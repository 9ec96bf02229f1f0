import { builder } from '../../schema/builder.js';
import { assertCustomFieldValues } from '../custom-field/service.js';
import { ContactType } from './types.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { CreateContactInput, UpdateContactInput, createContactSchema, updateContactSchema } from './inputs.js';
import { tenantOf } from '../../context/index.js';
import { tenantKey } from '../../context/tenant-key.js';

const ContactPayload = payloadType('ContactPayload', ContactType, 'contact');

builder.mutationField('createContact', (t) =>
  t.field({
    type: ContactPayload,
    args: {
      input: t.arg({ required: true, type: CreateContactInput }),
    },
    resolve: async (_root, { input }, ctx) => {
      const data = parseInput(createContactSchema, input);
      await assertCustomFieldValues(ctx, 'CONTACT', data.customFields ?? {});
      return { contact: await ctx.prisma.contact.create({ data: { ...data, orgId: tenantOf(ctx).orgId } }) };
    },
  }),
);

builder.mutationField('updateContact', (t) =>
  t.field({
    type: ContactPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field.',
    args: {
      input: t.arg({ required: true, type: UpdateContactInput }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { id, ...data } = parseInput(updateContactSchema, input);
      await assertCustomFieldValues(ctx, 'CONTACT', data.customFields);
      return { contact: await ctx.prisma.contact.update({ where: tenantKey(ctx, id), data }) };
    },
  }),
);

defineSoftDeleteMutations({ type: 'Contact', ref: ContactType, delegate: 'contact', field: 'contact' });
