import { builder } from '../../schema/builder.js';
import { memberAsUser } from '../organization/types.js';
import { AUTOMATION_TRIGGERS } from './config.js';
import { tenantNode } from '../../context/tenant-key.js';

export const AutomationTriggerEnum = builder.enumType('AutomationTrigger', {
  description:
    'What starts an automation. DEAL_STAGE_CHANGED, LEAD_CREATED and APPOINTMENT_BOOKED run for that record; SCHEDULE runs on its schedule condition, without a record.',
  values: AUTOMATION_TRIGGERS,
});

export const AutomationType = builder.prismaNode('Automation', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  description: 'A workflow: when `trigger` fires and every condition holds, the actions run in order (execution comes in a later release).',
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    trigger: t.expose('trigger', { type: AutomationTriggerEnum }),
    conditions: t.field({
      type: ['JSONObject'],
      description:
        'All must hold. {"type": "field", "field", "operator", "value"} or, for SCHEDULE, {"type": "schedule", "cron" | "everyMinutes", "timezone"}.',
      select: { conditions: true },
      resolve: (automation) => automation.conditions as Record<string, unknown>[],
    }),
    actions: t.field({
      type: ['JSONObject'],
      description: 'Run in order; each has a "type": create_task, send_notification, update_field or send_email.',
      select: { actions: true },
      resolve: (automation) => automation.actions as Record<string, unknown>[],
    }),
    enabled: t.exposeBoolean('enabled'),
    createdBy: t.field(memberAsUser('createdBy')),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});
