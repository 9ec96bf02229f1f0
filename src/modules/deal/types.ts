import { builder } from '../../schema/builder.js';
import { ActivityType } from '../activity/types.js';
import { memberAsUser } from '../organization/types.js';
import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { companyFilter } from '../company/types.js';
import { contactFilter } from '../contact/types.js';

export const DealStatusEnum = builder.enumType('DealStatus', {
  description: "Follows the deal's stage: WON and LOST stages close it.",
  values: ['OPEN', 'WON', 'LOST'] as const,
});

export const DealType = builder.prismaNode('Deal', {
  id: { field: 'id' },
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
      cursor: 'id',
      totalCount: true,
      description: 'Newest first.',
      query: { where: { deletedAt: null }, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }] },
    }),
    lastActivity: t.field({
      type: ActivityType,
      nullable: true,
      select: { id: true },
      resolve: (deal, _args, ctx) => ctx.loaders.lastActivityByDealIdLoader.load(deal.id),
    }),
  }),
});

const DealStatusFilter = enumFilter(DealStatusEnum, 'DealStatus');

export const dealFilter = defineFilter('Deal', () => ({
  id: { kind: 'id', column: 'id', type: 'Deal' },
  name: { kind: 'string', column: 'name' },
  status: { kind: 'enum', column: 'status', filter: DealStatusFilter },
  value: { kind: 'decimal', column: 'value' },
  currency: { kind: 'string', column: 'currency' },
  probability: { kind: 'int', column: 'probability' },
  expectedCloseDate: { kind: 'date', column: 'expectedCloseDate' },
  closedAt: { kind: 'dateTime', column: 'closedAt' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
  pipelineId: { kind: 'id', column: 'pipelineId', type: 'Pipeline' },
  stageId: { kind: 'id', column: 'stageId', type: 'PipelineStage' },
  contactId: { kind: 'id', column: 'contactId', type: 'Contact' },
  companyId: { kind: 'id', column: 'companyId', type: 'Company' },
  leadId: { kind: 'id', column: 'leadId', type: 'Lead' },
  listingId: { kind: 'id', column: 'listingId', type: 'Listing' },
  ownerId: { kind: 'id', column: 'ownerId', type: 'User' },
  contact: { kind: 'relation', relation: 'contact', filter: () => contactFilter },
  company: { kind: 'relation', relation: 'company', filter: () => companyFilter },
}));

export const dealOrder = defineOrderBy(
  'Deal',
  { CREATED_AT: ['createdAt'], VALUE: ['value'], NAME: ['name'], EXPECTED_CLOSE_DATE: ['expectedCloseDate'], UPDATED_AT: ['updatedAt'] },
  { field: 'CREATED_AT', direction: 'DESC' },
);

defineListQuery({
  field: 'deals',
  type: 'Deal',
  delegate: 'deal',
  filter: dealFilter,
  order: dealOrder,
  description: 'Deals of the current organization.',
});
