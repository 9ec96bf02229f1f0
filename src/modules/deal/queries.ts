import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { companyFilter } from '../company/queries.js';
import { contactFilter } from '../contact/queries.js';
import { DealStatusEnum } from './types.js';

const DealStatusFilter = enumFilter(DealStatusEnum, 'DealStatus');

export const dealFilter = defineFilter('Deal', () => ({
  id: { kind: 'id', column: 'id', type: 'Deal' },
  customFields: { kind: 'customFields', entity: 'DEAL' },
  name: { kind: 'string', column: 'name' },
  status: { kind: 'enum', column: 'status', filter: DealStatusFilter },
  value: { kind: 'decimal', column: 'value' },
  currency: { kind: 'string', column: 'currency' },
  probability: { kind: 'int', column: 'probability' },
  expectedCloseDate: { kind: 'date', column: 'expectedCloseDate' },
  closedAt: { kind: 'dateTime', column: 'closedAt' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
  updatedAt: { kind: 'dateTime', column: 'updatedAt' },
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
  { customFields: true },
);

defineListQuery({
  field: 'deals',
  type: 'Deal',
  delegate: 'deal',
  filter: dealFilter,
  order: dealOrder,
  description: 'Deals of the current organization.',
});
