import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { ImportEntityEnum, ImportRunStatusEnum } from './types.js';

// Served by the (org_id, created_at, id) and (org_id, status, created_at, id) indexes.
export const importRunFilter = defineFilter('ImportRun', () => ({
  id: { kind: 'id', column: 'id', type: 'ImportRun' },
  entity: { kind: 'enum', column: 'entity', filter: enumFilter(ImportEntityEnum, 'ImportEntity') },
  status: { kind: 'enum', column: 'status', filter: enumFilter(ImportRunStatusEnum, 'ImportRunStatus') },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

export const importRunOrder = defineOrderBy('ImportRun', { CREATED_AT: ['createdAt'] }, { field: 'CREATED_AT', direction: 'DESC' });

defineListQuery({
  field: 'importRuns',
  type: 'ImportRun',
  delegate: 'importRun',
  filter: importRunFilter,
  order: importRunOrder,
  softDelete: false,
  description: 'CSV imports of the current organization, newest first. A run is also node(id:).',
});
