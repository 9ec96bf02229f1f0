import { defineFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';

export const pipelineFilter = defineFilter('Pipeline', () => ({
  id: { kind: 'id', column: 'id', type: 'Pipeline' },
  name: { kind: 'string', column: 'name' },
  isDefault: { kind: 'boolean', column: 'isDefault' },
}));

export const pipelineOrder = defineOrderBy('Pipeline', { NAME: ['name'], CREATED_AT: ['createdAt'] }, { field: 'NAME', direction: 'ASC' });

defineListQuery({
  field: 'pipelines',
  type: 'Pipeline',
  delegate: 'pipeline',
  filter: pipelineFilter,
  order: pipelineOrder,
  description: 'Sales pipelines with their ordered stages.',
});
