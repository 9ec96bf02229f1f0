import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { AutomationRunStatusEnum, AutomationTriggerEnum } from './types.js';

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

// Served by the (org_id, automation_id, created_at, id) and (org_id, status, created_at, id) indexes.
export const automationRunFilter = defineFilter('AutomationRun', () => ({
  id: { kind: 'id', column: 'id', type: 'AutomationRun' },
  automationId: { kind: 'id', column: 'automationId', type: 'Automation' },
  status: { kind: 'enum', column: 'status', filter: enumFilter(AutomationRunStatusEnum, 'AutomationRunStatus') },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

export const automationRunOrder = defineOrderBy('AutomationRun', { CREATED_AT: ['createdAt'] }, { field: 'CREATED_AT', direction: 'DESC' });

defineListQuery({
  field: 'automationRuns',
  type: 'AutomationRun',
  delegate: 'automationRun',
  filter: automationRunFilter,
  order: automationRunOrder,
  softDelete: false,
  description: 'What the automations did, newest first: one run per automation and event.',
});
