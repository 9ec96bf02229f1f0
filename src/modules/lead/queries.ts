import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { LeadStatusEnum, LeadSourceEnum, LeadRatingEnum } from './types.js';

const LeadStatusFilter = enumFilter(LeadStatusEnum, 'LeadStatus');
const LeadSourceFilter = enumFilter(LeadSourceEnum, 'LeadSource');
const LeadRatingFilter = enumFilter(LeadRatingEnum, 'LeadRating');

export const leadFilter = defineFilter('Lead', () => ({
  id: { kind: 'id', column: 'id', type: 'Lead' },
  customFields: { kind: 'customFields', entity: 'LEAD' },
  firstName: { kind: 'string', column: 'firstName' },
  lastName: { kind: 'string', column: 'lastName' },
  email: { kind: 'string', column: 'email' },
  companyName: { kind: 'string', column: 'companyName' },
  status: { kind: 'enum', column: 'status', filter: LeadStatusFilter },
  source: { kind: 'enum', column: 'source', filter: LeadSourceFilter },
  rating: { kind: 'enum', column: 'rating', filter: LeadRatingFilter },
  score: { kind: 'int', column: 'score' },
  assigneeId: { kind: 'id', column: 'assigneeId', type: 'User' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

export const leadOrder = defineOrderBy(
  'Lead',
  { CREATED_AT: ['createdAt'], SCORE: ['score'], NAME: ['lastName'], STATUS: ['status'] },
  { field: 'CREATED_AT', direction: 'DESC' },
  { customFields: true },
);

defineListQuery({
  field: 'leads',
  type: 'Lead',
  delegate: 'lead',
  filter: leadFilter,
  order: leadOrder,
  description: 'Leads of the current organization.',
});
