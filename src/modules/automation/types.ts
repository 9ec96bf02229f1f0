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
  description:
    'A workflow: when `trigger` fires and every condition holds, the actions run in order, in one transaction (README "Automations"). Each answer to an event is an AutomationRun.',
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
      description: 'Run in order; each has a "type": create_task, send_notification, update_field, send_email or call_webhook.',
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

export const AutomationRunStatusEnum = builder.enumType('AutomationRunStatus', {
  description: 'Where a run stands.',
  values: {
    PENDING: { description: 'Waiting for a worker, or for its next attempt after a failure.' },
    SUCCEEDED: { description: 'The conditions held and every action was done, in one transaction.' },
    FAILED: { description: 'Every attempt failed (the last error is in `error`); none of its actions stayed.' },
    SKIPPED: {
      description: 'Nothing was done: the conditions did not hold, the record or automation went away, or the loop guard stopped it.',
    },
  },
});

export const AutomationRunType = builder.prismaNode('AutomationRun', {
  ...tenantNode,
  nullable: true,
  select: { id: true },
  description: 'One answer of an automation to one domain event.',
  fields: (t) => ({
    automation: t.relation('automation'),
    eventId: t.exposeString('eventId', {
      nullable: true,
      description: "The outbox event's uuid (a webhook body's data.eventId); null for a SCHEDULE run.",
    }),
    eventType: t.exposeString('eventType', {
      nullable: true,
      description: 'The event name, e.g. deal.stage_changed; null for a SCHEDULE run.',
    }),
    slot: t.expose('slot', { type: 'DateTime', nullable: true, description: 'The minute of its schedule a SCHEDULE run answers.' }),
    depth: t.exposeInt('depth', { description: 'How many automation runs led to the event (the loop guard stops at 3).' }),
    status: t.expose('status', { type: AutomationRunStatusEnum }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed or was skipped.' }),
    results: t.field({
      type: ['JSONObject'],
      description: 'What each action did: {"action": <index>, "type", "outcome": "done" | "skipped", "id"?, "detail"?}.',
      select: { results: true },
      resolve: (run) => run.results as Record<string, unknown>[],
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
