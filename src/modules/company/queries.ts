import { defineFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';

export const companyFilter = defineFilter('Company', () => ({
  id: { kind: 'id', column: 'id', type: 'Company' },
  customFields: { kind: 'customFields', entity: 'COMPANY' },
  name: { kind: 'string', column: 'name' },
  domain: { kind: 'string', column: 'domain' },
  industry: { kind: 'string', column: 'industry' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

export const companyOrder = defineOrderBy(
  'Company',
  { NAME: ['name'], CREATED_AT: ['createdAt'], UPDATED_AT: ['updatedAt'] },
  { field: 'NAME', direction: 'ASC' },
  { customFields: true },
);

defineListQuery({
  field: 'companies',
  type: 'Company',
  delegate: 'company',
  filter: companyFilter,
  order: companyOrder,
  description: 'Companies (accounts) of the current organization.',
});
