/**
 * The CSV columns of each entity, one list per entity: the header, the model field, how a cell
 * is read on import (the same zod rules the create mutations use) and how a value is written on
 * export. Adding a column (e.g. a contact's `type` or `status`) is one line here.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import type { TransactionClient } from '../../db/request-transaction.js';
import type { PrismaClient } from '../../generated/prisma/client.js';
import { ContactStatus, ContactType, LeadRating, LeadSource, LeadStatus } from '../../generated/prisma/enums.js';
import { email, globalId, intBetween, optionalText, stringSet, text, url } from '../../schema/validation.js';
import {
  customFieldDefinitions,
  formatCustomFieldValue,
  parseCustomFieldCell,
  validateCustomFieldValues,
  type CustomFieldRule,
} from '../custom-field/service.js';
import type { CustomFieldEntity } from '../custom-field/values.js';

/** How an exported value is written. */
export type CellFormat =
  'text' | 'list' | 'dateTime' | 'date' | 'decimal' | 'json' | { globalId: string } | { customField: Pick<CustomFieldRule, 'type'> };

export interface CsvColumn {
  /** The exported header, and the field name a column mapping of an import names. */
  header: string;
  /** The model field it reads and writes. */
  field: string;
  format: CellFormat;
  /** Reads one (untrimmed) cell on import; absent for export-only columns (ids, timestamps). */
  importRule?: z.ZodType;
  /** The import refuses a row without it. */
  required?: boolean;
  /** An id column: the record it names must belong to the organization (checked per batch, references.ts). */
  references?: ReferenceKind;
}

/** What an id column names: a Company of the organization, or a User who is a member of it. */
export type ReferenceKind = 'Company' | 'Member';

export type ImportEntityName = 'CONTACT' | 'LEAD' | 'COMPANY';
export type ExportEntityName = 'contacts' | 'companies' | 'leads' | 'deals' | 'activities';

/** A blank cell is "not given": the column's default applies (the create mutation's null). */
const blankIsNull = <S extends z.ZodType>(rule: S) =>
  z.string().transform((value, ctx): z.output<S> | null => {
    if (value.trim().length === 0) return null;
    const parsed = rule.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });

/** `a; b; c`: tags (or any list) in one cell, split on semicolons. */
const tagList = z
  .string()
  .transform((value) => value.split(';'))
  .pipe(
    stringSet({ maxItems: 50, maxLength: 50, tooMany: '{field}: at most 50 tags', tooLong: '{field}: each tag at most 50 characters' }),
  );
const integer = (min: number, max: number) =>
  blankIsNull(
    z
      .string()
      .trim()
      .regex(/^-?\d+$/, '{field} must be a whole number')
      .transform(Number)
      .pipe(intBetween(min, max)),
  );
const oneOf = (values: readonly string[]) =>
  blankIsNull(
    z
      .string()
      .trim()
      .transform((value) => value.toUpperCase().replace(/[\s-]+/g, '_'))
      .refine((value) => values.includes(value), `{field} must be one of ${values.join(', ')}`),
  );
/** A company's domain: lower case, without a scheme, path or leading www. */
const domain = blankIsNull(
  z
    .string()
    .trim()
    .transform((value) =>
      value
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/.*$/, ''),
    )
    .refine((value) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value) && value.length <= 253, '{field} is not a domain name'),
);

// The database's enums (prisma/schema.prisma) are the one list of values.
const LEAD_SOURCES = Object.values(LeadSource);
// CONVERTED is set by convertLead only, as in createLead.
const LEAD_STATUSES = Object.values(LeadStatus).filter((status) => status !== 'CONVERTED');
const LEAD_RATINGS = Object.values(LeadRating);
const CONTACT_TYPES = Object.values(ContactType);
const CONTACT_STATUSES = Object.values(ContactStatus);

/**
 * A column of global ids as the export writes them (`Company:<uuid>`, `User:<uuid>`), read to the
 * uuid; a blank cell is "not given". Whether the record is the organization's is for the batch.
 */
const reference = (header: string, typename: 'Company' | 'User'): CsvColumn => ({
  header,
  field: header,
  format: { globalId: typename },
  importRule: blankIsNull(globalId(typename)),
  references: typename === 'User' ? 'Member' : 'Company',
});

const id = (typename: string): CsvColumn => ({ header: 'id', field: 'id', format: { globalId: typename } });
const timestamps: CsvColumn[] = [
  { header: 'createdAt', field: 'createdAt', format: 'dateTime' },
  { header: 'updatedAt', field: 'updatedAt', format: 'dateTime' },
];

export const CONTACT_COLUMNS: CsvColumn[] = [
  id('Contact'),
  { header: 'firstName', field: 'firstName', format: 'text', importRule: text({ min: 1, max: 100 }), required: true },
  { header: 'lastName', field: 'lastName', format: 'text', importRule: text({ min: 1, max: 100 }), required: true },
  { header: 'email', field: 'email', format: 'text', importRule: email() },
  { header: 'phone', field: 'phone', format: 'text', importRule: optionalText(40) },
  { header: 'title', field: 'title', format: 'text', importRule: optionalText(120) },
  { header: 'type', field: 'type', format: 'text', importRule: oneOf(CONTACT_TYPES) },
  { header: 'status', field: 'status', format: 'text', importRule: oneOf(CONTACT_STATUSES) },
  { header: 'tags', field: 'tags', format: 'list', importRule: tagList },
  reference('companyId', 'Company'),
  reference('ownerId', 'User'),
  ...timestamps,
];

export const LEAD_COLUMNS: CsvColumn[] = [
  id('Lead'),
  { header: 'firstName', field: 'firstName', format: 'text', importRule: optionalText(100) },
  { header: 'lastName', field: 'lastName', format: 'text', importRule: text({ min: 1, max: 100 }), required: true },
  { header: 'email', field: 'email', format: 'text', importRule: email() },
  { header: 'phone', field: 'phone', format: 'text', importRule: optionalText(40) },
  { header: 'companyName', field: 'companyName', format: 'text', importRule: optionalText(200) },
  { header: 'title', field: 'title', format: 'text', importRule: optionalText(120) },
  { header: 'source', field: 'source', format: 'text', importRule: oneOf(LEAD_SOURCES) },
  { header: 'status', field: 'status', format: 'text', importRule: oneOf(LEAD_STATUSES) },
  { header: 'rating', field: 'rating', format: 'text', importRule: oneOf(LEAD_RATINGS) },
  { header: 'score', field: 'score', format: 'text', importRule: integer(0, 100) },
  reference('assigneeId', 'User'),
  { header: 'convertedAt', field: 'convertedAt', format: 'dateTime' },
  ...timestamps,
];

export const COMPANY_COLUMNS: CsvColumn[] = [
  id('Company'),
  { header: 'name', field: 'name', format: 'text', importRule: text({ min: 1, max: 200 }), required: true },
  { header: 'domain', field: 'domain', format: 'text', importRule: domain },
  { header: 'industry', field: 'industry', format: 'text', importRule: optionalText(100) },
  { header: 'website', field: 'website', format: 'text', importRule: blankIsNull(url()) },
  { header: 'phone', field: 'phone', format: 'text', importRule: optionalText(40) },
  { header: 'address', field: 'address', format: 'text', importRule: optionalText(500) },
  ...timestamps,
];

export const DEAL_COLUMNS: CsvColumn[] = [
  id('Deal'),
  { header: 'name', field: 'name', format: 'text' },
  { header: 'value', field: 'value', format: 'decimal' },
  { header: 'currency', field: 'currency', format: 'text' },
  { header: 'probability', field: 'probability', format: 'text' },
  { header: 'expectedCloseDate', field: 'expectedCloseDate', format: 'date' },
  { header: 'status', field: 'status', format: 'text' },
  { header: 'closedAt', field: 'closedAt', format: 'dateTime' },
  { header: 'pipelineId', field: 'pipelineId', format: { globalId: 'Pipeline' } },
  { header: 'stageId', field: 'stageId', format: { globalId: 'PipelineStage' } },
  { header: 'contactId', field: 'contactId', format: { globalId: 'Contact' } },
  { header: 'companyId', field: 'companyId', format: { globalId: 'Company' } },
  { header: 'listingId', field: 'listingId', format: { globalId: 'Listing' } },
  { header: 'ownerId', field: 'ownerId', format: { globalId: 'User' } },
  ...timestamps,
];

export const ACTIVITY_COLUMNS: CsvColumn[] = [
  id('Activity'),
  { header: 'type', field: 'type', format: 'text' },
  { header: 'subject', field: 'subject', format: 'text' },
  { header: 'body', field: 'body', format: 'text' },
  { header: 'occurredAt', field: 'occurredAt', format: 'dateTime' },
  { header: 'dueAt', field: 'dueAt', format: 'dateTime' },
  { header: 'completedAt', field: 'completedAt', format: 'dateTime' },
  { header: 'contactId', field: 'contactId', format: { globalId: 'Contact' } },
  { header: 'companyId', field: 'companyId', format: { globalId: 'Company' } },
  { header: 'dealId', field: 'dealId', format: { globalId: 'Deal' } },
  { header: 'leadId', field: 'leadId', format: { globalId: 'Lead' } },
  { header: 'listingId', field: 'listingId', format: { globalId: 'Listing' } },
  { header: 'ownerId', field: 'ownerId', format: { globalId: 'User' } },
  ...timestamps,
];

/** What an import of each entity writes, and the field it finds duplicates by (lower case). */
export const IMPORT_ENTITIES = {
  CONTACT: { columns: CONTACT_COLUMNS, dedupeField: 'email', delegate: 'contact', table: 'contacts', typename: 'Contact' },
  LEAD: { columns: LEAD_COLUMNS, dedupeField: 'email', delegate: 'lead', table: 'leads', typename: 'Lead' },
  COMPANY: { columns: COMPANY_COLUMNS, dedupeField: 'domain', delegate: 'company', table: 'companies', typename: 'Company' },
} as const satisfies Record<
  ImportEntityName,
  { columns: CsvColumn[]; dedupeField: string; delegate: string; table: string; typename: string }
>;

export const EXPORT_COLUMNS: Record<ExportEntityName, CsvColumn[]> = {
  contacts: CONTACT_COLUMNS,
  companies: COMPANY_COLUMNS,
  leads: LEAD_COLUMNS,
  deals: DEAL_COLUMNS,
  activities: ACTIVITY_COLUMNS,
};

const CUSTOM_FIELD_ENTITY: Record<ImportEntityName | ExportEntityName, CustomFieldEntity> = {
  CONTACT: 'CONTACT',
  LEAD: 'LEAD',
  COMPANY: 'COMPANY',
  contacts: 'CONTACT',
  companies: 'COMPANY',
  leads: 'LEAD',
  deals: 'DEAL',
  activities: 'ACTIVITY',
};

/**
 * A typed custom field as a CSV column `custom.<key>`: read with the cell rules of the custom-field
 * module (MONEY "1250" is "1250.00", MULTI_SELECT options split on ";") and checked by the very
 * validator the create and update mutations use; written back by its inverse.
 */
function customFieldColumn(rule: CustomFieldRule): CsvColumn {
  return {
    header: `custom.${rule.key}`,
    field: `customFields.${rule.key}`,
    format: { customField: rule },
    required: rule.required,
    importRule: z.string().transform((cell, ctx) => {
      const value = parseCustomFieldCell(rule, cell);
      for (const error of validateCustomFieldValues([rule], { [rule.key]: value }))
        ctx.addIssue({ code: 'custom', message: error.message });
      return value;
    }),
  };
}

/**
 * The organization's custom-field columns of an entity (its live definitions, in form order), to
 * append to the lists above on import and export alike. `db` is a client of the organization's
 * transaction: RLS picks the organization's definitions.
 */
export async function customFieldColumns(
  db: TransactionClient | PrismaClient,
  entity: ImportEntityName | ExportEntityName,
): Promise<CsvColumn[]> {
  return (await customFieldDefinitions(db, CUSTOM_FIELD_ENTITY[entity])).map(customFieldColumn);
}

/** One cell as exported: empty for null, ISO dates, `a; b` lists, global ids. */
export function formatCell(format: CellFormat, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof format === 'object')
    return 'customField' in format ? formatCustomFieldValue(format.customField, value) : encodeGlobalID(format.globalId, String(value));
  if (value instanceof Date) return format === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (Array.isArray(value)) return value.join('; ');
  if (format === 'json' || (typeof value === 'object' && !('toFixed' in value))) return JSON.stringify(value);
  return String(value);
}
