import { builder } from '../../schema/builder.js';
import { LeadSource, LeadStatus } from '../../generated/prisma/enums.js';
import { memberAsUser } from '../organization/types.js';
import { tenantNode } from '../../context/tenant-key.js';

// The database's enums are the one list (prisma/schema.prisma); GraphQL shows them in that order.
export const LeadStatusEnum = builder.enumType(LeadStatus, {
  name: 'LeadStatus',
  description: 'The funnel: NEW, CONTACTED, QUALIFIED, then CONVERTED (convertLead) or UNQUALIFIED (not a fit) or LOST.',
});
export const LeadSourceEnum = builder.enumType(LeadSource, { name: 'LeadSource' });
export const LeadRatingEnum = builder.enumType('LeadRating', {
  description: 'The qualitative score.',
  values: ['HOT', 'WARM', 'COLD'] as const,
});

export const LeadType = builder.prismaNode('Lead', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  fields: (t) => ({
    firstName: t.exposeString('firstName', { nullable: true }),
    lastName: t.exposeString('lastName'),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    companyName: t.exposeString('companyName', { nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    source: t.expose('source', { type: LeadSourceEnum }),
    status: t.expose('status', { type: LeadStatusEnum }),
    rating: t.expose('rating', { type: LeadRatingEnum }),
    score: t.exposeInt('score', { description: 'Numeric score, 0-100.' }),
    customFields: t.expose('customFields', { type: 'JSONObject' }),
    convertedAt: t.expose('convertedAt', { type: 'DateTime', nullable: true }),
    convertedContact: t.relation('convertedContact', { nullable: true }),
    assignee: t.field(memberAsUser('assignee')),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    deals: t.relatedConnection('deals', {
      cursor: 'orgId_id',
      totalCount: true,
      query: { where: { deletedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
    }),
    activities: t.relatedConnection('activities', {
      cursor: 'orgId_id',
      totalCount: true,
      query: { where: { deletedAt: null }, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }] },
    }),
  }),
});
