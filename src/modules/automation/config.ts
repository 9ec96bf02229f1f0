/**
 * The typed schema of an automation's `conditions` and `actions` (two JSON arrays). zod checks
 * the shape of each element; the rules that depend on the trigger (which fields exist, which
 * actions make sense without a record) are checked here too, so one call reports every problem
 * with its path, e.g. `actions[1].dueInDays`. Ids of other records are returned as references
 * for the caller to check against the organization (service.ts).
 */
import { z } from 'zod';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '../../generated/prisma/client.js';
import { AppointmentStatus, DealStatus, LeadRating, LeadSource, LeadStatus } from '../../generated/prisma/enums.js';
import { parseGlobalId } from '../../schema/global-ids.js';
import { EMAIL_TEMPLATES, EMAIL_TEMPLATE_KEYS, emailTemplatesFor } from '../../email/templates.js';
import { cronProblem, timeZoneProblem } from './schedule.js';

export const AUTOMATION_TRIGGERS = ['DEAL_STAGE_CHANGED', 'LEAD_CREATED', 'APPOINTMENT_BOOKED', 'SCHEDULE'] as const;
export type AutomationTrigger = (typeof AUTOMATION_TRIGGERS)[number];
type RecordTrigger = Exclude<AutomationTrigger, 'SCHEDULE'>;

export const MAX_CONDITIONS = 20;
export const MAX_ACTIONS = 20;
const MAX_IN_VALUES = 100;

export interface ConfigIssue {
  /** Where in the input, e.g. `actions[1].dueInDays`. */
  path: string;
  message: string;
}

export type ReferenceTypename = 'User' | 'Pipeline' | 'PipelineStage' | 'Listing' | 'WebhookEndpoint';
export interface ConfigReference {
  typename: ReferenceTypename;
  id: string;
  path: string;
}

type JsonObject = Prisma.InputJsonObject;

// ---------------------------------------------------------------------------------------------
// The fields a condition can test and an update_field action can set, per trigger.
// ---------------------------------------------------------------------------------------------

type ValueSpec =
  | { kind: 'number'; min: number; max: number; integer?: boolean; nullable?: boolean }
  | { kind: 'string'; max: number }
  | { kind: 'enum'; values: readonly [string, ...string[]] }
  | { kind: 'id'; typename: ReferenceTypename };

/** The values of one of the database's enums (prisma/schema.prisma), in their order. */
function valuesOf<E extends Record<string, string>>(enumObject: E): readonly [E[keyof E], ...E[keyof E][]] {
  const [first, ...rest] = Object.values(enumObject) as E[keyof E][];
  if (first === undefined) throw new Error('an enum without values');
  return [first, ...rest];
}

const DEAL_STATUS = valuesOf(DealStatus);
const LEAD_STATUS = valuesOf(LeadStatus);
const LEAD_SOURCE = valuesOf(LeadSource);
const LEAD_RATING = valuesOf(LeadRating);
const APPOINTMENT_STATUS = valuesOf(AppointmentStatus);
export const MEMBERSHIP_ROLES = ['OWNER', 'ADMIN', 'MEMBER', 'VIEWER'] as const;

const percent: ValueSpec = { kind: 'number', min: 0, max: 100, integer: true };
const user: ValueSpec = { kind: 'id', typename: 'User' };

/** What each trigger's record offers to conditions (read) — SCHEDULE runs have no record. */
export const CONDITION_FIELDS: Record<RecordTrigger, Record<string, ValueSpec>> = {
  DEAL_STAGE_CHANGED: {
    fromStageId: { kind: 'id', typename: 'PipelineStage' },
    toStageId: { kind: 'id', typename: 'PipelineStage' },
    'deal.pipelineId': { kind: 'id', typename: 'Pipeline' },
    'deal.status': { kind: 'enum', values: DEAL_STATUS },
    'deal.value': { kind: 'number', min: 0, max: 999_999_999_999.99 },
    'deal.currency': { kind: 'string', max: 3 },
    'deal.probability': percent,
    'deal.ownerId': user,
  },
  LEAD_CREATED: {
    'lead.source': { kind: 'enum', values: LEAD_SOURCE },
    'lead.status': { kind: 'enum', values: LEAD_STATUS },
    'lead.rating': { kind: 'enum', values: LEAD_RATING },
    'lead.score': percent,
    'lead.companyName': { kind: 'string', max: 200 },
    'lead.title': { kind: 'string', max: 200 },
    'lead.assigneeId': user,
  },
  APPOINTMENT_BOOKED: {
    'appointment.title': { kind: 'string', max: 300 },
    'appointment.location': { kind: 'string', max: 500 },
    'appointment.status': { kind: 'enum', values: APPOINTMENT_STATUS },
    'appointment.durationMinutes': { kind: 'number', min: 0, max: 10_080, integer: true },
    'appointment.organizerId': user,
    'appointment.listingId': { kind: 'id', typename: 'Listing' },
  },
};

/** What an update_field action may set on the trigger's record. */
export const UPDATABLE_FIELDS: Record<RecordTrigger, Record<string, ValueSpec>> = {
  DEAL_STAGE_CHANGED: {
    'deal.probability': { ...percent, nullable: true }, // null: use the stage's probability
    'deal.ownerId': user,
  },
  LEAD_CREATED: {
    'lead.status': { kind: 'enum', values: LEAD_STATUS },
    'lead.rating': { kind: 'enum', values: LEAD_RATING },
    'lead.score': percent,
    'lead.assigneeId': user,
  },
  APPOINTMENT_BOOKED: {
    'appointment.status': { kind: 'enum', values: APPOINTMENT_STATUS },
  },
};

export const OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'contains'] as const;
type Operator = (typeof OPERATORS)[number];
const OPERATORS_BY_KIND: Record<ValueSpec['kind'], readonly Operator[]> = {
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in'],
  string: ['eq', 'neq', 'in', 'contains'],
  enum: ['eq', 'neq', 'in'],
  id: ['eq', 'neq', 'in'],
};

// ---------------------------------------------------------------------------------------------
// The shapes of the elements (zod).
// ---------------------------------------------------------------------------------------------

const ID_STRING = z.string();

const FieldCondition = z.strictObject({
  type: z.literal('field'),
  field: z.string(),
  operator: z.enum(OPERATORS),
  value: z.unknown(), // checked against the field's type below
});

const ScheduleCondition = z.strictObject({
  type: z.literal('schedule'),
  cron: z.string().trim().max(200).optional(),
  everyMinutes: z.number().int().min(5).max(43_200).optional(),
  timezone: z.string().trim().max(100).optional(),
});

const Condition = z.discriminatedUnion('type', [FieldCondition, ScheduleCondition]);

const NotificationRecipient = z.union(
  [z.literal('owner'), z.strictObject({ userId: ID_STRING }), z.strictObject({ role: z.enum(MEMBERSHIP_ROLES) })],
  { error: 'must be "owner", {"userId": "<User id>"} or {"role": "OWNER" | "ADMIN" | "MEMBER" | "VIEWER"}' },
);

const EmailRecipient = z.union(
  [z.literal('contact'), z.literal('owner'), z.strictObject({ email: z.email({ error: 'must be an e-mail address' }).max(254) })],
  { error: 'must be "contact", "owner" or {"email": "<address>"}' },
);

const CreateTask = z.strictObject({
  type: z.literal('create_task'),
  subject: z.string().trim().min(1).max(300),
  body: z.string().trim().max(5_000).optional(),
  dueInDays: z.number().int().min(0).max(365),
  assigneeId: ID_STRING.optional(),
});

const SendNotification = z.strictObject({
  type: z.literal('send_notification'),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().max(2_000).optional(),
  to: NotificationRecipient,
});

const UpdateField = z.strictObject({
  type: z.literal('update_field'),
  field: z.string(),
  value: z.unknown(), // checked against the field's type below
});

const SendEmail = z.strictObject({
  type: z.literal('send_email'),
  // One of the typed templates (src/email/templates.ts); which ones fit the trigger is checked below.
  template: z.enum(EMAIL_TEMPLATE_KEYS),
  to: EmailRecipient,
});

// POSTs the event (or, for SCHEDULE, the run) to one of the organization's webhook endpoints: a
// delivery like any other (signed, retried, in the delivery log, SSRF-checked), named by its id
// so the URL and its secret stay in one place.
const CallWebhook = z.strictObject({
  type: z.literal('call_webhook'),
  endpointId: ID_STRING,
});

const Action = z.discriminatedUnion('type', [CreateTask, SendNotification, UpdateField, SendEmail, CallWebhook]);

/** A stored condition or action: checkAutomationConfig's output, read back by the runner. */
export type StoredCondition = z.infer<typeof Condition>;
export type StoredAction = z.infer<typeof Action>;

/**
 * The stored configuration, typed for the runner (runner.ts). It was checked when saved; a row
 * that no longer parses (written by an older version) throws, and its run records why.
 */
export function parseStoredConfig(conditions: unknown, actions: unknown): { conditions: StoredCondition[]; actions: StoredAction[] } {
  return { conditions: z.array(Condition).parse(conditions), actions: z.array(Action).parse(actions) };
}

// ---------------------------------------------------------------------------------------------
// Validation.
// ---------------------------------------------------------------------------------------------

type Path = readonly (string | number)[];
const formatPath = (path: Path) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');

/** Short messages that read well after a path ("actions[1].dueInDays: must be at most 365"). */
const friendlyMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return issue.expected === 'int'
        ? 'must be a whole number'
        : `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'cannot be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `needs at least ${issue.minimum} items`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `takes at most ${issue.maximum} items`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return undefined;
  }
};

class Collector {
  readonly issues: ConfigIssue[] = [];
  readonly references: ConfigReference[] = [];

  add(path: Path, message: string) {
    this.issues.push({ path: formatPath(path), message });
  }

  /** Runs a zod schema; its issues are reported under `path`. */
  parse<T>(schema: z.ZodType<T>, value: unknown, path: Path): T | undefined {
    const result = schema.safeParse(value, { error: friendlyMessage });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const at = [...path, ...(issue.path as (string | number)[])];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) this.add([...at, key], 'is not a known key here');
      } else if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        this.add(at, `must be one of ${options.map((option) => `"${String(option)}"`).join(', ')}`);
      } else {
        this.add(at, issue.message);
      }
    }
    return undefined;
  }

  /** A global id of `typename`: canonical form back, and remembered for the organization check. */
  globalId(value: string, typename: ReferenceTypename, path: Path): string | undefined {
    let id: string;
    try {
      id = parseGlobalId(value, typename);
    } catch {
      this.add(path, `must be a ${typename} id`);
      return undefined;
    }
    this.references.push({ typename, id, path: formatPath(path) });
    return encodeGlobalID(typename, id);
  }
}

type Scalar = string | number | null;

function scalarSchema(spec: ValueSpec, nullable: boolean): z.ZodType<Scalar> {
  let schema: z.ZodType<Scalar>;
  switch (spec.kind) {
    case 'number': {
      let number = z.number().min(spec.min).max(spec.max);
      if (spec.integer) number = number.int();
      schema = number;
      break;
    }
    case 'string':
      schema = z.string().trim().min(1).max(spec.max);
      break;
    case 'enum':
      schema = z.enum(spec.values);
      break;
    case 'id':
      schema = ID_STRING;
      break;
  }
  return nullable ? schema.nullable() : schema;
}

/** A value for `spec`: one scalar, or for `in` a list of 1-100 of them. Returns it normalized. */
function checkValue(c: Collector, spec: ValueSpec, value: unknown, path: Path, options: { list: boolean; nullable: boolean }) {
  if (value === undefined) {
    c.add(path, 'is required');
    return undefined;
  }
  const one = (item: unknown, at: Path) => {
    const parsed = c.parse(scalarSchema(spec, options.nullable), item, at);
    if (parsed === undefined || parsed === null || spec.kind !== 'id') return parsed;
    return c.globalId(String(parsed), spec.typename, at);
  };
  if (!options.list) return one(value, path);
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IN_VALUES) {
    c.add(path, `must be a list of 1 to ${MAX_IN_VALUES} values for operator "in"`);
    return undefined;
  }
  // An item with a problem is null here; the configuration is not stored when there is one.
  return value.map((item, index) => one(item, [...path, index]) ?? null);
}

function checkCondition(c: Collector, trigger: AutomationTrigger, raw: unknown, at: Path): JsonObject | undefined {
  const condition = c.parse(Condition, raw, at);
  if (!condition) return undefined;
  if (condition.type === 'schedule') {
    if (trigger !== 'SCHEDULE') {
      c.add([...at, 'type'], `schedule conditions belong to SCHEDULE automations, not ${trigger}`);
      return undefined;
    }
    if ((condition.cron === undefined) === (condition.everyMinutes === undefined)) {
      c.add(at, 'give exactly one of cron (e.g. "0 9 * * 1-5") and everyMinutes');
      return undefined;
    }
    const cron = condition.cron === undefined ? null : cronProblem(condition.cron);
    if (cron) c.add([...at, 'cron'], cron);
    const timezone = condition.timezone ?? 'UTC';
    const zone = timeZoneProblem(timezone);
    if (zone) c.add([...at, 'timezone'], zone);
    return { ...condition, timezone };
  }
  if (trigger === 'SCHEDULE') {
    c.add([...at, 'type'], 'a SCHEDULE automation has no record to test: its only condition is its schedule');
    return undefined;
  }
  const fields = CONDITION_FIELDS[trigger];
  const spec = fields[condition.field];
  if (!spec) {
    c.add([...at, 'field'], `is not a field of ${trigger}; one of ${Object.keys(fields).join(', ')}`);
    return undefined;
  }
  const operators = OPERATORS_BY_KIND[spec.kind];
  if (!operators.includes(condition.operator)) {
    c.add([...at, 'operator'], `"${condition.operator}" does not apply to ${condition.field}; one of ${operators.join(', ')}`);
    return undefined;
  }
  const value = checkValue(c, spec, condition.value, [...at, 'value'], { list: condition.operator === 'in', nullable: false });
  return { type: 'field', field: condition.field, operator: condition.operator, value };
}

function checkAction(c: Collector, trigger: AutomationTrigger, raw: unknown, at: Path): JsonObject | undefined {
  const action = c.parse(Action, raw, at);
  if (!action) return undefined;
  const noRecord = trigger === 'SCHEDULE';
  switch (action.type) {
    case 'create_task': {
      if (action.assigneeId === undefined) return action;
      return { ...action, assigneeId: c.globalId(action.assigneeId, 'User', [...at, 'assigneeId']) };
    }
    case 'send_notification': {
      if (action.to === 'owner') {
        if (noRecord) c.add([...at, 'to'], 'a SCHEDULE automation has no record, hence no owner: name a userId or a role');
        return action;
      }
      if ('userId' in action.to) return { ...action, to: { userId: c.globalId(action.to.userId, 'User', [...at, 'to', 'userId']) } };
      return action;
    }
    case 'send_email': {
      if (!(EMAIL_TEMPLATES[action.template].automationTriggers as readonly string[]).includes(trigger)) {
        const fitting = emailTemplatesFor(trigger);
        c.add(
          [...at, 'template'],
          `"${action.template}" takes its variables from another kind of record; ${trigger} automations can send ${fitting.map((key) => `"${key}"`).join(', ')}`,
        );
      }
      if (noRecord && typeof action.to === 'string') {
        c.add([...at, 'to'], `a SCHEDULE automation has no record, hence no ${action.to}: give {"email": "<address>"}`);
      }
      return typeof action.to === 'string' ? action : { ...action, to: { email: action.to.email.toLowerCase() } };
    }
    case 'call_webhook':
      return { ...action, endpointId: c.globalId(action.endpointId, 'WebhookEndpoint', [...at, 'endpointId']) };
    case 'update_field': {
      if (noRecord) {
        c.add([...at, 'type'], 'update_field changes the record that triggered the automation; SCHEDULE automations have none');
        return undefined;
      }
      const fields = UPDATABLE_FIELDS[trigger];
      const spec = fields[action.field];
      if (!spec) {
        c.add([...at, 'field'], `cannot be set by ${trigger} automations; one of ${Object.keys(fields).join(', ')}`);
        return undefined;
      }
      const nullable = spec.kind === 'number' && spec.nullable === true;
      return {
        type: 'update_field',
        field: action.field,
        value: checkValue(c, spec, action.value, [...at, 'value'], { list: false, nullable }),
      };
    }
  }
}

export interface CheckedConfig {
  conditions: JsonObject[];
  actions: JsonObject[];
  issues: ConfigIssue[];
  references: ConfigReference[];
}

/**
 * Checks a whole configuration against its trigger. Conditions all have to hold (AND);
 * actions run in order. On success `conditions` and `actions` are the normalized form to store
 * (strings trimmed, ids canonical, a schedule's timezone filled in).
 */
export function checkAutomationConfig(
  trigger: AutomationTrigger,
  conditions: readonly unknown[],
  actions: readonly unknown[],
): CheckedConfig {
  const c = new Collector();
  const checkedConditions: JsonObject[] = [];
  const checkedActions: JsonObject[] = [];
  if (conditions.length > MAX_CONDITIONS) c.add(['conditions'], `at most ${MAX_CONDITIONS} conditions`);
  else
    conditions.forEach((raw, index) => {
      const checked = checkCondition(c, trigger, raw, ['conditions', index]);
      if (checked) checkedConditions.push(checked);
    });
  if (trigger === 'SCHEDULE') {
    const schedules = conditions.filter((raw) => (raw as JsonObject | null)?.type === 'schedule').length;
    if (schedules === 0)
      c.add(['conditions'], 'a SCHEDULE automation needs a schedule condition, e.g. {"type": "schedule", "cron": "0 9 * * 1-5"}');
    if (schedules > 1) c.add(['conditions'], 'a SCHEDULE automation has exactly one schedule condition');
  }
  if (actions.length === 0) c.add(['actions'], 'at least one action');
  else if (actions.length > MAX_ACTIONS) c.add(['actions'], `at most ${MAX_ACTIONS} actions`);
  else
    actions.forEach((raw, index) => {
      const checked = checkAction(c, trigger, raw, ['actions', index]);
      if (checked) checkedActions.push(checked);
    });
  return { conditions: checkedConditions, actions: checkedActions, issues: c.issues, references: c.references };
}
