import { encodeGlobalID } from '@pothos/plugin-relay';
import { getDatamodel } from '../../generated/pothos-types.js';

/**
 * The tables sql/50_audit_log.sql audits, and the Prisma model (= GraphQL type name) of each.
 * tests/graphql/audit/audit.test.ts checks this list against the triggers in the database.
 */
export const AUDITED_MODELS = {
  organizations: 'Organization',
  memberships: 'Membership',
  companies: 'Company',
  contacts: 'Contact',
  leads: 'Lead',
  pipelines: 'Pipeline',
  pipeline_stages: 'PipelineStage',
  deals: 'Deal',
  activities: 'Activity',
  listings: 'Listing',
  appointments: 'Appointment',
  appointment_attendees: 'AppointmentAttendee',
  messages: 'Message',
  automations: 'Automation',
  attachments: 'Attachment',
  tool_purchases: 'ToolPurchase',
  bundle_purchases: 'BundlePurchase',
  tool_reviews: 'ToolReview',
  checkouts: 'Checkout',
  api_keys: 'ApiKey',
  trusted_documents: 'TrustedDocument',
  webhook_endpoints: 'WebhookEndpoint',
} as const;

export type AuditedTable = keyof typeof AUDITED_MODELS;
export type AuditedModel = (typeof AUDITED_MODELS)[AuditedTable];

export const AUDITED_TABLES = Object.keys(AUDITED_MODELS) as AuditedTable[];

const tableByModel = new Map<string, AuditedTable>(AUDITED_TABLES.map((table) => [AUDITED_MODELS[table], table]));

export const modelOfTable = (table: string): AuditedModel | undefined => AUDITED_MODELS[table as AuditedTable];
export const tableOfModel = (model: string): AuditedTable | undefined => tableByModel.get(model);

/** PipelineStage -> PIPELINE_STAGE: the AuditRecordType enum value of a model. */
export const recordTypeOf = (model: string) => model.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** The global id of an audited row, with the GraphQL type name of its table. */
export const recordGlobalId = (table: string, id: string) => encodeGlobalID(modelOfTable(table) ?? table, id);

// ---------------------------------------------------------------------------------------------
// Rendering the stored { column: { old, new } } as GraphQL-style changes.
// ---------------------------------------------------------------------------------------------

export interface AuditChange {
  /** The field's camelCase name, as in the API's inputs (e.g. lastName, companyId). */
  field: string;
  old: unknown;
  new: unknown;
}

/**
 * Columns the API never shows and the audit log does not either: the attachment store's
 * internal object key (downloads go through signed URLs).
 */
const HIDDEN_FIELDS = new Set(['Attachment.storageKey']);

/**
 * A relation keyed by something other than the target's id: a review points at its purchase
 * by (org_id, tool_id), so tool_id is a marketplace tool's id.
 */
const REFERENCE_OVERRIDES: Record<string, string> = { 'ToolReview.toolId': 'MarketplaceTool' };

/** Money amounts leave the API as strings with 2 decimals (the Decimal scalar); these have 1. */
const DECIMAL_SCALE: Record<string, number> = { 'Listing.bathrooms': 1 };

type FieldKind = { kind: 'reference'; typename: string } | { kind: 'decimal'; scale: number } | { kind: 'dateTime' } | { kind: 'plain' };

const models: Record<string, { fields: readonly { name: string; kind: string; type: string; relationFromFields?: readonly string[] }[] }> =
  getDatamodel().datamodel.models;

/** For each audited model, how each field's stored JSON value is rendered. */
const fieldKinds = new Map<string, Map<string, FieldKind>>(
  Object.values(AUDITED_MODELS).map((model) => {
    const kinds = new Map<string, FieldKind>();
    for (const field of models[model]?.fields ?? []) {
      if (field.kind === 'object') {
        // A reference column is the relation's own key (the org_id of a composite key is
        // never audited). Members are referenced by their user id: the API shows a User.
        const column = field.relationFromFields?.filter((name) => name !== 'orgId').at(-1);
        if (!column) continue;
        const typename = REFERENCE_OVERRIDES[`${model}.${column}`] ?? (field.type === 'Membership' ? 'User' : field.type);
        kinds.set(column, { kind: 'reference', typename });
      } else if (field.type === 'Decimal') {
        kinds.set(field.name, { kind: 'decimal', scale: DECIMAL_SCALE[`${model}.${field.name}`] ?? 2 });
      } else if (field.type === 'DateTime') {
        kinds.set(field.name, { kind: 'dateTime' });
      }
    }
    return [model, kinds];
  }),
);

const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_, next: string) => next.toUpperCase());

function renderValue(kind: FieldKind | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind?.kind) {
    case 'reference':
      return typeof value === 'string' ? encodeGlobalID(kind.typename, value) : value;
    case 'decimal':
      return typeof value === 'number' ? value.toFixed(kind.scale) : value;
    case 'dateTime':
      // Timestamps become ISO-8601 in UTC like the DateTime scalar; @db.Date columns stay
      // calendar dates like the Date scalar.
      return typeof value === 'string' && value.includes('T') ? new Date(value).toISOString() : value;
    default:
      return value;
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changed fields of one entry, sorted by name. A column that is null before and after
 * (every empty column of an INSERT) is not a change.
 */
export function renderChanges(table: string, stored: unknown): AuditChange[] {
  const model = modelOfTable(table);
  const kinds = model ? fieldKinds.get(model) : undefined;
  const changes: AuditChange[] = [];
  for (const [column, pair] of Object.entries((stored ?? {}) as Record<string, { old?: unknown; new?: unknown }>)) {
    const field = camelCase(column);
    if (HIDDEN_FIELDS.has(`${model}.${field}`)) continue;
    const kind = kinds?.get(field);
    const change = { field, old: renderValue(kind, pair?.old), new: renderValue(kind, pair?.new) };
    if (!sameJson(change.old, change.new)) changes.push(change);
  }
  return changes.sort((a, b) => a.field.localeCompare(b.field));
}
