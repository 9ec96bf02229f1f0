import { builder } from '../../schema/builder.js';
import { ContactType } from './types.js';
import { parseGlobalId, parseOptionalGlobalId } from '../../schema/global-ids.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { defined, email, jsonObject, tags, text } from '../../schema/validation-legacy.js';

export interface ContactFields {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  title?: string | null;
  companyId?: string | number | null;
  ownerId?: string | number | null;
  tags?: readonly string[] | null;
  socialLinks?: Record<string, unknown> | null;
  customFields?: Record<string, unknown> | null;
}


export function contactData(input: ContactFields) {
  return defined({
    firstName: text(input.firstName, 'firstName', { min: 1, max: 100 }),
    lastName: text(input.lastName, 'lastName', { min: 1, max: 100 }),
    email: email(input.email),
    phone: text(input.phone, 'phone', { max: 40, nullable: true }),
    title: text(input.title, 'title', { max: 120, nullable: true }),
    companyId: parseOptionalGlobalId(input.companyId, 'Company', 'companyId'),
    ownerId: parseOptionalGlobalId(input.ownerId, 'User', 'ownerId'),
    tags: tags(input.tags),
    socialLinks: jsonObject(input.socialLinks, 'socialLinks'),
    customFields: jsonObject(input.customFields, 'customFields'),
  });
}

const contactFields = (f: any, create: boolean) => ({
  firstName: f.string({ required: create }),
  lastName: f.string({ required: create }),
  email: f.string(),
  phone: f.string(),
  title: f.string(),
  companyId: f.id({ description: 'A Company of this organization.' }),
  ownerId: f.id({ description: 'A User who is a member of this organization.' }),
  tags: f.stringList(),
  socialLinks: f.field({ type: 'JSONObject' }),
  customFields: f.field({ type: 'JSONObject' }),
});

const ContactPayload = payloadType('ContactPayload', ContactType, 'contact');

builder.mutationField('createContact', (t) =>
  t.field({
    type: ContactPayload,
    args: {
      input: t.arg({ required: true, type: builder.inputType('CreateContactInput', { fields: (f) => contactFields(f, true) }) }),
    },
    resolve: async (_root, { input }, ctx) => ({
      contact: await ctx.prisma.contact.create({ data: { ...contactData(input as ContactFields), orgId: ctx.orgId! } as never }),
    }),
  }),
);

builder.mutationField('updateContact', (t) =>
  t.field({
    type: ContactPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpdateContactInput', { fields: (f) => ({ id: f.id({ required: true }), ...contactFields(f, false) }) }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      contact: await ctx.prisma.contact.update({
        where: { id: parseGlobalId(String(input.id), 'Contact') },
        data: contactData(input as ContactFields) as never,
      }),
    }),
  }),
);

defineSoftDeleteMutations({ type: 'Contact', ref: ContactType, delegate: 'contact', field: 'contact' });
