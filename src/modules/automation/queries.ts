import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { AutomationTriggerEnum } from './types.js';

// Served by the (org_id, trigger, enabled) and (org_id, name, id) indexes.
export const automationFilter = defineFilter('Automation', () => ({
  id: { kind: 'id', column: 'id', type: 'Automation' },
  trigger: { kind: 'enum', column: 'trigger', filter: enumFilter(AutomationTriggerEnum, 'AutomationTrigger') },
  enabled: { kind: 'boolean', column: 'enabled' },
  name: { kind: 'string', column: 'name' },
}));

export const automationOrder = defineOrderBy(
  'Automation',
  { NAME: ['name'], CREATED_AT: ['createdAt'] },
  { field: 'NAME', direction: 'ASC' },
);

defineListQuery({
  field: 'automations',
  type: 'Automation',
  delegate: 'automation',
  filter: automationFilter,
  order: automationOrder,
  description: 'Workflow configurations of the current organization. Managing them needs ADMIN.',
});
