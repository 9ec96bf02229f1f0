import { builder } from '../../schema/builder.js';
import { tenantNode } from '../../context/tenant-key.js';

export const CompanyType = builder.prismaNode('Company', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    domain: t.exposeString('domain', { nullable: true }),
    industry: t.exposeString('industry', { nullable: true }),
    website: t.exposeString('website', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    customFields: t.expose('customFields', { type: 'JSONObject' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    contacts: t.relatedConnection('contacts', {
      cursor: 'orgId_id',
      totalCount: true,
      query: { where: { deletedAt: null }, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }] },
    }),
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
