import { builder } from '../../schema/builder.js';
import { DealStatus } from '../../generated/prisma/enums.js';
import { ActivityType } from '../activity/types.js';
import { memberAsUser } from '../organization/types.js';
import { tenantNode } from '../../context/tenant-key.js';

export const DealStatusEnum = builder.enumType(DealStatus, {
  name: 'DealStatus',
  description:
    "Follows the deal's stage: WON and LOST stages close it, OPEN stages open it. ON_HOLD is set by updateDeal on a deal in an OPEN stage; it stays in the pipeline, and moving it to another stage resumes it.",
});

export const DealType = builder.prismaNode('Deal', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    value: t.expose('value', { type: 'Decimal' }),
    currency: t.exposeString('currency'),
    probability: t.int({
      description: "Win probability in percent: the deal's own, or else its stage's.",
      select: { probability: true, stage: { select: { probability: true } } },
      resolve: (deal) => deal.probability ?? deal.stage.probability,
    }),
    expectedCloseDate: t.expose('expectedCloseDate', { type: 'Date', nullable: true }),
    status: t.expose('status', { type: DealStatusEnum }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    customFields: t.expose('customFields', { type: 'JSONObject' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    pipeline: t.relation('pipeline'),
    stage: t.relation('stage'),
    contact: t.relation('contact', { nullable: true }),
    company: t.relation('company', { nullable: true }),
    lead: t.relation('lead', { nullable: true }),
    listing: t.relation('listing', { nullable: true, description: 'The property this deal is about (real estate).' }),
    owner: t.field(memberAsUser('owner')),
    activities: t.relatedConnection('activities', {
      cursor: 'orgId_id',
      totalCount: true,
      description: 'Newest first.',
      query: { where: { deletedAt: null }, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }] },
    }),
    lastActivity: t.field({
      type: ActivityType,
      nullable: true,
      // The newest activity folded into the parent's query with what the client selects on it.
      select: (_args, _ctx, nestedSelection) => ({
        activities: nestedSelection({ where: { deletedAt: null }, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], take: 1 }),
      }),
      resolve: (deal) => deal.activities[0] ?? null,
    }),
  }),
});
