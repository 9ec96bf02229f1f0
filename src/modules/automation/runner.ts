/**
 * Automations that run (README "Automations"). The outbox's consumer (process_event) writes one
 * PENDING run per enabled automation whose trigger the event is (createAutomationRuns); a trigger
 * adds a run_automation job per run, and the job calls runAutomation, which reads the record,
 * checks the conditions and does the actions in one transaction of the organization, together
 * with the run's outcome: a run is either SUCCEEDED with all its actions or has none of them.
 *
 * Loop guard: the run's transaction sets app.event_depth to the event's depth + 1, so the events
 * its actions cause carry it (sql/80_events.sql); an event at depth MAX_AUTOMATION_DEPTH gets
 * SKIPPED runs instead of PENDING ones. An automation whose action triggers itself (a stage move
 * that moves the stage again) therefore stops after three rounds.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Logger } from 'pino';
import { withTenant } from '../../db/tenant.js';
import type { TransactionClient } from '../../db/request-transaction.js';
import { queueEmail } from '../../email/index.js';
import { loadEvent } from '../../events/store.js';
import type { DomainEvent } from '../../events/types.js';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { ContactStatus } from '../../generated/prisma/enums.js';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { webhookBody } from '../webhook/deliveries.js';
import { parseStoredConfig, type AutomationTrigger, type StoredAction, type StoredCondition } from './config.js';

/** The `type` of the body a SCHEDULE automation's call_webhook sends (an event's run sends the event's). */
export const SCHEDULED_WEBHOOK_TYPE = 'automation.scheduled';

/** Events caused by this many automation runs in a row get no further runs (the loop guard). */
export const MAX_AUTOMATION_DEPTH = 3;

const TRIGGER_OF_EVENT: Partial<Record<string, AutomationTrigger>> = {
  'deal.stage_changed': 'DEAL_STAGE_CHANGED',
  'lead.created': 'LEAD_CREATED',
  'appointment.booked': 'APPOINTMENT_BOOKED',
};

/**
 * One run per enabled automation of the organization that the event triggers (none twice for one
 * event: a retried process_event finds the runs it wrote). The caller's transaction has entered
 * the organization. Returns how many were written.
 */
export async function createAutomationRuns(tx: TransactionClient, event: DomainEvent): Promise<number> {
  const trigger = TRIGGER_OF_EVENT[event.type];
  if (!trigger) return 0;
  const automations = await tx.automation.findMany({
    where: { orgId: event.orgId, trigger, enabled: true, deletedAt: null },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  if (automations.length === 0) return 0;
  const guarded = event.depth >= MAX_AUTOMATION_DEPTH;
  const { count } = await tx.automationRun.createMany({
    data: automations.map((automation) => ({
      orgId: event.orgId,
      automationId: automation.id,
      eventId: event.id,
      eventType: event.type,
      depth: event.depth,
      ...(guarded
        ? {
            status: 'SKIPPED' as const,
            finishedAt: new Date(),
            error: `loop guard: this event was caused by ${event.depth} automation runs in a row (at most ${MAX_AUTOMATION_DEPTH})`,
          }
        : {}),
    })),
    skipDuplicates: true,
  });
  return count;
}

export interface RunAutomationDeps {
  /** The API's (RLS-bound) client: every statement runs in the job's organization. */
  prisma: PrismaClient;
  logger: Logger;
  /** The domain of the Message-IDs of e-mails it queues (messageIdDomain(config)). */
  messageIdDomain: string;
}

export interface RunAutomationJob {
  orgId: string;
  runId: string;
  attempt: number;
  maxAttempts: number;
}

/** An action's outcome, kept in the run's `results`. */
// A type, not an interface: it is stored as JSON, which needs the index signature a type has.
type ActionResult = {
  action: number;
  type: string;
  outcome: 'done' | 'skipped';
  /** The global id of what it made (a task), or the e-mail's id. */
  id?: string;
  detail?: string;
};

/** A condition's value as the record has it (ids as global ids, as conditions store them). */
type Facts = Record<string, string | number | null>;

interface RecordContext {
  /** The record's uuid (the event's entity). */
  entityId: string;
  facts: Facts;
  /** The member responsible for the record (deal owner, lead assignee, appointment organizer). */
  ownerId: string | null;
  /**
   * Who `to: "contact"` e-mails: a name and an address, or null when the record has none.
   * doNotContact: the contact's status is DO_NOT_CONTACT, so automations send it nothing.
   */
  contact: { name: string | null; email: string | null; doNotContact: boolean } | null;
  /** The record a task is linked to. */
  link: { dealId?: string; leadId?: string; contactId?: string };
  /** What the e-mail templates of this trigger take from it. */
  recordName: string;
  recordType: 'deal' | 'lead' | 'appointment' | 'schedule';
  /** The event an event's run answers (call_webhook sends it); none for a SCHEDULE run. */
  event?: DomainEvent;
  /** A SCHEDULE run's open deals per stage (pipeline-digest). */
  digest?: { name: string; dealCount: number; totalValue?: string }[];
  appointment?: { title: string; startsAt: Date; endsAt: Date; location: string | null };
  dealName?: string;
}

const gid = (typename: string, id: string | null) => (id === null ? null : encodeGlobalID(typename, id));
const fullName = (first: string | null | undefined, last: string | null | undefined) => [first, last].filter(Boolean).join(' ') || null;

/** `to: "contact"` of a contact row. */
function contactRecipient(contact: { firstName: string; lastName: string; email: string | null; status: ContactStatus }) {
  return { name: fullName(contact.firstName, contact.lastName), email: contact.email, doNotContact: contact.status === 'DO_NOT_CONTACT' };
}

class RunSkipped extends Error {}

/** The record of an event's run; RunSkipped when the event was purged or the record deleted. */
async function eventRecord(tx: TransactionClient, trigger: AutomationTrigger, orgId: string, eventId: string): Promise<RecordContext> {
  const event = await loadEvent(tx, orgId, eventId);
  if (!event) throw new RunSkipped('the event was purged before the run');
  return { ...(await loadRecord(tx, trigger, event)), event };
}

/**
 * A SCHEDULE run has no record: its actions address members and e-mail addresses by name, and
 * its e-mail (pipeline-digest) takes the open deals per stage, read now.
 */
async function scheduleRecord(tx: TransactionClient, orgId: string): Promise<RecordContext> {
  const stages = await tx.$queryRaw<{ name: string; deal_count: number; total_value: string | null }[]>`
    SELECT s.name, count(d.id)::int AS deal_count, sum(d.value)::text AS total_value
      FROM pipelines p
      JOIN pipeline_stages s ON s.org_id = p.org_id AND s.pipeline_id = p.id
      LEFT JOIN deals d ON d.org_id = s.org_id AND d.stage_id = s.id AND d.status = 'OPEN' AND d.deleted_at IS NULL
     WHERE p.org_id = ${orgId}::uuid AND p.deleted_at IS NULL
     GROUP BY p.is_default, p.name, p.id, s.position, s.id, s.name
     ORDER BY p.is_default DESC, p.name, p.id, s.position
     LIMIT 200`;
  return {
    entityId: '',
    facts: {},
    ownerId: null,
    contact: null,
    link: {},
    recordName: 'schedule',
    recordType: 'schedule',
    digest: stages.map((stage) => ({
      name: stage.name,
      dealCount: stage.deal_count,
      ...(stage.total_value === null ? {} : { totalValue: stage.total_value }),
    })),
  };
}

async function loadRecord(tx: TransactionClient, trigger: AutomationTrigger, event: DomainEvent): Promise<RecordContext> {
  const where = { orgId_id: { orgId: event.orgId, id: event.entityId } };
  switch (trigger) {
    case 'DEAL_STAGE_CHANGED': {
      const deal = await tx.deal.findUnique({ where, include: { contact: true } });
      if (!deal || deal.deletedAt) throw new RunSkipped('the deal no longer exists');
      const payload = event.payload as { fromStageId?: string; toStageId?: string };
      return {
        entityId: deal.id,
        facts: {
          fromStageId: gid('PipelineStage', payload.fromStageId ?? null),
          toStageId: gid('PipelineStage', payload.toStageId ?? null),
          'deal.pipelineId': gid('Pipeline', deal.pipelineId),
          'deal.status': deal.status,
          'deal.value': Number(deal.value),
          'deal.currency': deal.currency,
          'deal.probability': deal.probability,
          'deal.ownerId': gid('User', deal.ownerId),
        },
        ownerId: deal.ownerId,
        contact: deal.contact ? contactRecipient(deal.contact) : null,
        link: { dealId: deal.id, ...(deal.contactId ? { contactId: deal.contactId } : {}) },
        recordName: deal.name,
        recordType: 'deal',
        dealName: deal.name,
      };
    }
    case 'LEAD_CREATED': {
      const lead = await tx.lead.findUnique({ where });
      if (!lead || lead.deletedAt) throw new RunSkipped('the lead no longer exists');
      return {
        entityId: lead.id,
        facts: {
          'lead.source': lead.source,
          'lead.status': lead.status,
          'lead.rating': lead.rating,
          'lead.score': lead.score,
          'lead.companyName': lead.companyName,
          'lead.title': lead.title,
          'lead.assigneeId': gid('User', lead.assigneeId),
        },
        ownerId: lead.assigneeId,
        // A lead is not a contact yet: it has no DO_NOT_CONTACT status of its own.
        contact: { name: fullName(lead.firstName, lead.lastName), email: lead.email, doNotContact: false },
        link: { leadId: lead.id },
        recordName: fullName(lead.firstName, lead.lastName) ?? lead.lastName,
        recordType: 'lead',
      };
    }
    case 'APPOINTMENT_BOOKED': {
      const appointment = await tx.appointment.findUnique({ where, include: { contact: true } });
      if (!appointment || appointment.deletedAt) throw new RunSkipped('the appointment no longer exists');
      return {
        entityId: appointment.id,
        facts: {
          'appointment.title': appointment.title,
          'appointment.location': appointment.location,
          'appointment.status': appointment.status,
          'appointment.durationMinutes': Math.round((appointment.endsAt.getTime() - appointment.startsAt.getTime()) / 60_000),
          'appointment.organizerId': gid('User', appointment.organizerId),
          'appointment.listingId': gid('Listing', appointment.listingId),
        },
        ownerId: appointment.organizerId,
        contact: appointment.contact ? contactRecipient(appointment.contact) : null,
        link: {
          ...(appointment.dealId ? { dealId: appointment.dealId } : {}),
          ...(appointment.contactId ? { contactId: appointment.contactId } : {}),
        },
        recordName: appointment.title,
        recordType: 'appointment',
        appointment: {
          title: appointment.title,
          startsAt: appointment.startsAt,
          endsAt: appointment.endsAt,
          location: appointment.location,
        },
      };
    }
    case 'SCHEDULE':
      throw new RunSkipped('SCHEDULE automations have no record');
  }
}

/** Conditions as checkAutomationConfig stored them: all must hold. */
export function conditionsHold(conditions: readonly StoredCondition[], facts: Facts): boolean {
  return conditions.every((condition) => {
    if (condition.type !== 'field') return true;
    const actual = facts[condition.field] ?? null;
    const expected = condition.value;
    switch (condition.operator) {
      case 'eq':
        return actual === expected;
      case 'neq':
        return actual !== expected;
      case 'gt':
        return typeof actual === 'number' && typeof expected === 'number' && actual > expected;
      case 'gte':
        return typeof actual === 'number' && typeof expected === 'number' && actual >= expected;
      case 'lt':
        return typeof actual === 'number' && typeof expected === 'number' && actual < expected;
      case 'lte':
        return typeof actual === 'number' && typeof expected === 'number' && actual <= expected;
      case 'in':
        return Array.isArray(expected) && expected.includes(actual);
      case 'contains':
        return typeof actual === 'string' && typeof expected === 'string' && actual.toLowerCase().includes(expected.toLowerCase());
    }
  });
}

const uuidOf = (globalId: unknown) => decodeGlobalID(String(globalId)).id;
const DAY_MS = 86_400_000;

async function memberIds(
  tx: TransactionClient,
  orgId: string,
  to: Extract<StoredAction, { type: 'send_notification' }>['to'],
  ownerId: string | null,
): Promise<string[]> {
  if (to === 'owner') return ownerId ? [ownerId] : [];
  if ('userId' in to) {
    const member = await tx.membership.findUnique({
      where: { orgId_userId: { orgId, userId: uuidOf(to.userId) } },
      select: { userId: true },
    });
    return member ? [member.userId] : [];
  }
  const members = await tx.membership.findMany({ where: { orgId, role: to.role }, select: { userId: true } });
  return members.map((member) => member.userId);
}

async function doAction(
  tx: TransactionClient,
  deps: RunAutomationDeps,
  run: { orgId: string; id: string; eventId: string | null },
  automation: { id: string; name: string; createdById: string | null },
  record: RecordContext,
  action: StoredAction,
  index: number,
  organizationName: string,
): Promise<ActionResult> {
  const base = { action: index, type: action.type };
  switch (action.type) {
    case 'create_task': {
      const ownerId = action.assigneeId ? uuidOf(action.assigneeId) : (record.ownerId ?? automation.createdById);
      const task = await tx.activity.create({
        data: {
          orgId: run.orgId,
          type: 'TASK',
          subject: action.subject,
          body: action.body ?? null,
          dueAt: new Date(Date.now() + action.dueInDays * DAY_MS),
          ownerId,
          ...record.link,
        },
        select: { id: true },
      });
      return { ...base, outcome: 'done', id: encodeGlobalID('Activity', task.id) };
    }
    case 'send_notification': {
      const recipients = await memberIds(tx, run.orgId, action.to, record.ownerId);
      if (recipients.length === 0) return { ...base, outcome: 'skipped', detail: 'no member to notify' };
      await tx.notification.createMany({
        data: recipients.map((userId) => ({
          orgId: run.orgId,
          userId,
          type: 'SYSTEM' as const,
          title: action.title,
          body: action.body ?? null,
          subjectId: null,
        })),
      });
      return { ...base, outcome: 'done', detail: `${recipients.length} member(s)` };
    }
    case 'update_field': {
      // The field was checked against UPDATABLE_FIELDS of the trigger when the automation was saved.
      const [entity = '', field = ''] = action.field.split('.');
      const value = field.endsWith('Id') && typeof action.value === 'string' ? uuidOf(action.value) : action.value;
      const data = { [field]: value };
      const where = { orgId_id: { orgId: run.orgId, id: record.entityId } };
      if (record.recordType === 'schedule') return { ...base, outcome: 'skipped', detail: 'a SCHEDULE run has no record' };
      if (entity === 'deal') await tx.deal.update({ where, data });
      else if (entity === 'lead') await tx.lead.update({ where, data });
      else if (entity === 'appointment') await tx.appointment.update({ where, data });
      else return { ...base, outcome: 'skipped', detail: `${action.field} cannot be set here` };
      return { ...base, outcome: 'done' };
    }
    case 'send_email': {
      const to = action.to;
      let recipient: { name: string | null; email: string | null } | null = null;
      if (to === 'contact' && record.contact?.doNotContact) return { ...base, outcome: 'skipped', detail: 'the contact is DO_NOT_CONTACT' };
      if (to === 'contact') recipient = record.contact;
      else if (to === 'owner') {
        const owner = record.ownerId
          ? await tx.user.findUnique({ where: { id: record.ownerId }, select: { name: true, email: true } })
          : null;
        recipient = owner ? { name: owner.name, email: owner.email } : null;
      } else recipient = { name: null, email: to.email };
      if (!recipient?.email) return { ...base, outcome: 'skipped', detail: `no e-mail address for ${JSON.stringify(to)}` };
      const template = action.template;
      const common = { recipientName: recipient.name ?? undefined, organizationName };
      const variables: Record<string, unknown> =
        template === 'booking-confirmation' && record.appointment
          ? {
              ...common,
              title: record.appointment.title,
              startsAt: record.appointment.startsAt.toISOString(),
              endsAt: record.appointment.endsAt.toISOString(),
              location: record.appointment.location,
              timeZone: 'UTC',
            }
          : template === 'follow-up-reminder'
            ? {
                ...common,
                recordType: record.recordType,
                recordName: record.recordName,
                timeZone: 'UTC',
                note: `From the automation "${automation.name}".`,
              }
            : template === 'deal-won'
              ? { ...common, dealName: record.dealName ?? record.recordName }
              : template === 'pipeline-digest'
                ? { organizationName, stages: record.digest ?? [] }
                : common;
      const emailId = await queueEmail(tx, {
        orgId: run.orgId,
        to: recipient.email,
        template,
        variables,
        automationRunId: run.id,
        eventId: run.eventId ?? undefined,
        messageIdDomain: deps.messageIdDomain,
      });
      return { ...base, outcome: 'done', id: emailId };
    }
    case 'call_webhook': {
      const endpoint = await tx.webhookEndpoint.findUnique({
        where: { orgId_id: { orgId: run.orgId, id: uuidOf(action.endpointId) } },
        select: { id: true, enabled: true },
      });
      if (!endpoint?.enabled)
        return { ...base, outcome: 'skipped', detail: endpoint ? 'the endpoint is disabled' : 'the endpoint was deleted' };
      // The event's webhook body (README "Webhooks"), or for a SCHEDULE run one of its own; both
      // name the automation and the run. A redelivery or retry sends the same bytes.
      const automationIds = {
        automationId: encodeGlobalID('Automation', automation.id),
        automationRunId: encodeGlobalID('AutomationRun', run.id),
      };
      const body = record.event
        ? (({ data, ...rest }) => ({ ...rest, data: { ...data, ...automationIds } }))(webhookBody(record.event))
        : { type: SCHEDULED_WEBHOOK_TYPE, timestamp: new Date().toISOString(), data: { ...automationIds, digest: record.digest ?? [] } };
      const delivery = await tx.webhookDelivery.create({
        data: {
          orgId: run.orgId,
          endpointId: endpoint.id,
          eventId: run.eventId ?? run.id,
          eventType: body.type,
          body,
        },
        select: { id: true },
      });
      return { ...base, outcome: 'done', id: encodeGlobalID('WebhookDelivery', delivery.id) };
    }
  }
}

const MAX_ERROR_LENGTH = 500;
const short = (text: string) => (text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text);

/**
 * Runs one automation run (one job). Resolves when the run ended (SUCCEEDED, SKIPPED, or FAILED
 * at the last attempt); throws for the queue to retry otherwise, after recording the attempt.
 */
export async function runAutomation(deps: RunAutomationDeps, job: RunAutomationJob): Promise<void> {
  const { prisma, logger } = deps;
  const log = { orgId: job.orgId, runId: job.runId, attempt: job.attempt };
  const startedAt = new Date();
  try {
    await withTenant(prisma, { orgId: job.orgId }, async (tx) => {
      const run = await tx.automationRun.findUnique({
        where: { orgId_id: { orgId: job.orgId, id: job.runId } },
        include: { automation: true, org: { select: { name: true } } },
      });
      if (!run || run.status !== 'PENDING') return;
      const finish = (data: Prisma.AutomationRunUpdateManyMutationInput) =>
        tx.automationRun.update({
          where: { orgId_id: { orgId: run.orgId, id: run.id } },
          data: { attempts: { increment: 1 }, startedAt: run.startedAt ?? startedAt, finishedAt: new Date(), ...data },
        });
      const { automation } = run;
      if (!automation.enabled || automation.deletedAt) {
        await finish({ status: 'SKIPPED', error: 'the automation was disabled or deleted before it ran' });
        return;
      }
      // The actions act as the automation's author (audit log, notifications), and the events
      // they cause carry this run's depth (the loop guard).
      await tx.$queryRaw`SELECT set_config('app.current_user_id', ${automation.createdById ?? ''}, true),
                                set_config('app.event_depth', ${String(run.depth + 1)}, true)`;
      let record: RecordContext;
      try {
        record =
          run.eventId === null ? await scheduleRecord(tx, run.orgId) : await eventRecord(tx, automation.trigger, run.orgId, run.eventId);
      } catch (error) {
        if (!(error instanceof RunSkipped)) throw error;
        await finish({ status: 'SKIPPED', error: error.message });
        return;
      }
      const config = parseStoredConfig(automation.conditions, automation.actions);
      if (!conditionsHold(config.conditions, record.facts)) {
        await finish({ status: 'SKIPPED', error: 'the conditions did not hold' });
        return;
      }
      const results: ActionResult[] = [];
      for (const [index, action] of config.actions.entries()) {
        results.push(await doAction(tx, deps, run, automation, record, action, index, run.org.name));
      }
      await finish({ status: 'SUCCEEDED', error: null, results });
    });
  } catch (error) {
    // The actions rolled back with the transaction; record the attempt in one of its own.
    // Prisma's messages start with the call site in our source: the last line says what failed.
    const text = error instanceof Error ? error.message : String(error);
    const message = short(text.trim().split('\n').at(-1)?.trim() || text);
    const last = job.attempt >= job.maxAttempts;
    await withTenant(prisma, { orgId: job.orgId }, (tx) =>
      tx.automationRun.updateMany({
        where: { orgId: job.orgId, id: job.runId, status: 'PENDING' },
        data: {
          attempts: { increment: 1 },
          error: message,
          startedAt,
          ...(last ? { status: 'FAILED' as const, finishedAt: new Date() } : {}),
        },
      }),
    );
    logger.warn(
      { ...log, err: error, final: last },
      last ? 'automation run failed for good' : 'automation run failed; the queue retries it',
    );
    if (!last) throw error;
  }
}
