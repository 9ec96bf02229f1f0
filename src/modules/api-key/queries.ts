import { defineFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';

export const apiKeyFilter = defineFilter('ApiKey', () => ({
  id: { kind: 'id', column: 'id', type: 'ApiKey' },
  name: { kind: 'string', column: 'name' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
  revokedAt: { kind: 'dateTime', column: 'revokedAt' },
}));

export const apiKeyOrder = defineOrderBy(
  'ApiKey',
  { CREATED_AT: ['createdAt'], NAME: ['name'] },
  { field: 'CREATED_AT', direction: 'DESC' },
);

defineListQuery({
  field: 'apiKeys',
  type: 'ApiKey',
  delegate: 'apiKey',
  filter: apiKeyFilter,
  order: apiKeyOrder,
  softDelete: false,
  description:
    "The organization's API keys, revoked ones included (filter on revokedAt), newest first. Never their secrets. ADMIN and OWNER.",
});
