import { builder } from '../../schema/builder.js';
import { ContactStatus, ContactType as ContactTypeValue } from '../../generated/prisma/enums.js';
import { ActivityType } from '../activity/types.js';
import { memberAsUser } from '../organization/types.js';
import { tenantNode } from '../../context/tenant-key.js';

export const ContactTypeEnum = builder.enumType(ContactTypeValue, {
  name: 'ContactType',
  description: 'What the person is to the organization; new contacts are PROSPECTs.',
});
export const ContactStatusEnum = builder.enumType(ContactStatus, {
  name: 'ContactStatus',
  description: 'DO_NOT_CONTACT: the person asked not to be contacted; automations send them no e-mail.',
});

export const ContactType = builder.prismaNode('Contact', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  fields: (t) => ({
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    fullName: t.string({ select: { firstName: true, lastName: true }, resolve: (c) => `${c.firstName} ${c.lastName}`.trim() }),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    type: t.expose('type', { type: ContactTypeEnum }),
    status: t.expose('status', { type: ContactStatusEnum }),
    tags: t.exposeStringList('tags'),
    socialLinks: t.expose('socialLinks', { type: 'JSONObject', description: 'e.g. {"linkedin": "https://..."}' }),
    customFields: t.expose('customFields', { type: 'JSONObject' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    company: t.relation('company', { nullable: true }),
    owner: t.field(memberAsUser('owner')),
    deals: t.relatedConnection('deals', {
      cursor: 'orgId_id',
      totalCount: true,
      query: { where: { deletedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
    }),
    activities: t.relatedConnection('activities', {
      cursor: 'orgId_id',
      totalCount: true,
      description: 'The timeline, newest first.',
      query: { where: { deletedAt: null }, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }] },
    }),
    lastActivity: t.field({
      type: ActivityType,
      nullable: true,
      // The newest activity folded into the parent's query with what the client selects on it.
      select: (_args, _ctx, nestedSelection) => ({
        activities: nestedSelection({ where: { deletedAt: null }, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], take: 1 }),
      }),
      resolve: (contact) => contact.activities[0] ?? null,
    }),
  }),
});
