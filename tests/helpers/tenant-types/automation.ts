import { withTenant } from '../../../src/db/tenant.js';
import { createAutomationRuns } from '../../../src/modules/automation/runner.js';
import type { Actor, TestApp } from '../app.js';
import { CREATE_LEAD, currentUserId, decodeGlobalId, encodeGlobalId, idInput, run, unique, type TenantType } from '../tenant-kit.js';
import { domainEvent } from './webhook.js';

export const CREATE_AUTOMATION = /* GraphQL */ `
  mutation CreateAutomation($input: CreateAutomationInput!) {
    createAutomation(input: $input) {
      automation {
        id
      }
    }
  }
`;

const DEFAULT_STAGES = /* GraphQL */ `
  query DefaultStages {
    pipelines(first: 1, filter: { isDefault: { equals: true } }) {
      edges {
        node {
          id
          stages {
            id
          }
        }
      }
    }
  }
`;

const automation = (config: { trigger?: string; conditions?: unknown[]; actions?: unknown[] }) => ({
  name: unique('Automation'),
  trigger: config.trigger ?? 'DEAL_STAGE_CHANGED',
  conditions: config.conditions ?? [],
  actions: config.actions ?? [{ type: 'send_notification', title: 'Deal moved', to: 'owner' }],
});

const condition = (field: string, value: string) => ({ type: 'field', field, operator: 'eq', value });
const notify = (userId: string) => ({ type: 'send_notification', title: 'Heads up', to: { userId } });

/** Notifies the actor when a deal of the default pipeline reaches its last stage. Its ids point at records of the actor's organization. */
async function createAutomation(actor: Actor): Promise<string> {
  const pipeline = (await run(actor, DEFAULT_STAGES)).pipelines.edges[0].node;
  const data = await run(actor, CREATE_AUTOMATION, {
    input: automation({
      conditions: [condition('deal.pipelineId', pipeline.id), condition('toStageId', pipeline.stages.at(-1).id)],
      actions: [notify(await currentUserId(actor))],
    }),
  });
  return data.createAutomation.automation.id;
}

/**
 * A PENDING run of a new LEAD_CREATED automation of the actor's organization, answering a
 * lead.created event about a new lead (written as the outbox's consumer does); its global id.
 */
async function createAutomationRun(app: TestApp, actor: Actor, orgId: string): Promise<string> {
  const created = await run(actor, CREATE_AUTOMATION, {
    input: automation({ trigger: 'LEAD_CREATED', actions: [{ type: 'create_task', subject: 'Call the lead', dueInDays: 1 }] }),
  });
  const automationId = decodeGlobalId(created.createAutomation.automation.id).id;
  const lead = decodeGlobalId((await run(actor, CREATE_LEAD, { input: { lastName: unique('Lead') } })).createLead.lead.id).id;
  const event = domainEvent(orgId, { type: 'lead.created', entityType: 'Lead', entityId: lead });
  return withTenant(app.database.prisma, { orgId }, async (tx) => {
    await createAutomationRuns(tx, event);
    const written = await tx.automationRun.findFirst({ where: { automationId, eventId: event.id }, select: { id: true } });
    if (!written) throw new Error('no automation run was written');
    return encodeGlobalId('AutomationRun', written.id);
  });
}

/**
 * Tenant types of the automation module, for the isolation matrix (see tests/helpers/tenant-kit.ts).
 * The configuration's ids live in JSON, where no foreign key guards them: the API checks each
 * against the organization (references below).
 */
export const tenantTypes: TenantType[] = [
  {
    typename: 'Automation',
    table: 'automations',
    rootList: 'automations',
    filterable: true,
    softDelete: true,
    selection: 'id createdBy { id }',
    nestedTypes: ['Automation', 'User'],
    create: (actor) => createAutomation(actor),
    update: { field: 'updateAutomation', inputType: 'UpdateAutomationInput', input: (id) => ({ id, name: 'Renamed automation' }) },
    remove: idInput('deleteAutomation'),
    restore: idInput('restoreAutomation'),
    references: [
      {
        name: 'createAutomation with a toStageId condition',
        target: 'PipelineStage',
        field: 'createAutomation',
        inputType: 'CreateAutomationInput',
        input: (foreign) => automation({ conditions: [condition('toStageId', foreign)] }),
      },
      {
        name: 'createAutomation with a deal.pipelineId condition',
        target: 'Pipeline',
        field: 'createAutomation',
        inputType: 'CreateAutomationInput',
        input: (foreign) => automation({ conditions: [condition('deal.pipelineId', foreign)] }),
      },
      {
        name: 'createAutomation with an appointment.listingId condition',
        target: 'Listing',
        field: 'createAutomation',
        inputType: 'CreateAutomationInput',
        input: (foreign) => automation({ trigger: 'APPOINTMENT_BOOKED', conditions: [condition('appointment.listingId', foreign)] }),
      },
      {
        name: 'createAutomation calling a webhook endpoint',
        target: 'WebhookEndpoint',
        field: 'createAutomation',
        inputType: 'CreateAutomationInput',
        input: (foreign) => automation({ actions: [{ type: 'call_webhook', endpointId: foreign }] }),
      },
      {
        name: 'createAutomation notifying a userId',
        target: 'User',
        field: 'createAutomation',
        inputType: 'CreateAutomationInput',
        input: (foreign) => automation({ actions: [notify(foreign)] }),
      },
      {
        name: 'updateAutomation with a create_task assigneeId',
        target: 'User',
        field: 'updateAutomation',
        inputType: 'UpdateAutomationInput',
        own: (actor) => createAutomation(actor),
        input: (foreign, own) => ({ id: own, actions: [{ type: 'create_task', subject: 'Call', dueInDays: 1, assigneeId: foreign }] }),
      },
    ],
  },
  {
    // Written by the worker, never through the API: no mutation names one.
    typename: 'AutomationRun',
    table: 'automation_runs',
    rootList: 'automationRuns',
    filterable: true,
    softDelete: false,
    selection: 'id status automation { id createdBy { id } }',
    nestedTypes: ['AutomationRun', 'Automation', 'User'],
    create: (actor, { app, org }) => createAutomationRun(app, actor, org.id),
    references: [],
  },
];
