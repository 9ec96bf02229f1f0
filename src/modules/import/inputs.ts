import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { given, globalId, text } from '../../schema/validation.js';
import { IMPORT_ENTITIES, type ImportEntityName } from './columns.js';
import { CUSTOM_FIELD_KEY } from '../custom-field/values.js';
import { DuplicatePolicyEnum } from './types.js';

export const ImportColumnInput = builder.inputType('ImportColumnInput', {
  description: 'One column of the file and the field it fills.',
  fields: (t) => ({
    header: t.string({ required: true, description: 'The CSV header, as in the first row of the file.' }),
    field: t.string({
      required: true,
      description: 'e.g. firstName, email, tags (a list: "a; b"), or custom.<key> for a custom field of the entity (as exported).',
    }),
  }),
});

export const CsvImportInput = builder.inputType('CsvImportInput', {
  fields: (t) => ({
    fileId: t.id({
      required: true,
      description: 'An Attachment of content type text/csv whose upload is READY (createAttachmentUpload without recordId).',
    }),
    columns: t.field({
      type: [ImportColumnInput],
      description: 'The column mapping. Omitted or empty: each header that names a field (ignoring case) fills it; others are ignored.',
    }),
    dryRun: t.boolean({
      defaultValue: false,
      description: 'true: check every row, write nothing; the run reports what a commit would do and every row error.',
    }),
    duplicatePolicy: t.field({ type: DuplicatePolicyEnum, defaultValue: 'SKIP' }),
  }),
});

/** Content types a CSV upload may declare (attachment/policy.ts allows both). */
export const CSV_CONTENT_TYPES = new Set(['text/csv', 'text/plain']);

/** `custom.<key>` (the exported header) or `customFields.<key>`: a custom field named in a mapping. */
const CUSTOM_FIELD_COLUMN = /^custom(?:Fields)?\.(.+)$/i;

/** The custom field key a mapped field names, if it names one (the key is checked against the live definitions by the mutation). */
export function mappedCustomFieldKey(field: string): string | null {
  return CUSTOM_FIELD_COLUMN.exec(field)?.[1] ?? null;
}

/**
 * The input of import<Entity>: the mapping's fields must be fields the entity imports, each once;
 * `custom.<key>` maps a column to a custom field (stored as `customFields.<key>`, the column's field).
 */
export function csvImportSchema(entity: ImportEntityName) {
  const fields = IMPORT_ENTITIES[entity].columns.filter((c) => c.importRule).map((c) => c.field);
  const byLowerCase = new Map(fields.map((f) => [f.toLowerCase(), f]));
  const column = z.object({
    header: text({ min: 1, max: 200 }),
    field: z.string().transform((value, ctx) => {
      const field = byLowerCase.get(value.trim().toLowerCase());
      if (field) return field;
      const key = mappedCustomFieldKey(value.trim());
      if (key !== null && CUSTOM_FIELD_KEY.test(key)) return `customFields.${key}`;
      ctx.addIssue({ code: 'custom', message: `{field}: "${value}" is not one of ${fields.join(', ')} or custom.<key>` });
      return z.NEVER;
    }),
  });
  return z.object({
    fileId: globalId('Attachment'),
    columns: z
      .array(column)
      .max(200, '{field}: at most 200 columns')
      .nullish()
      .transform((columns) => columns ?? [])
      .refine((columns) => new Set(columns.map((c) => c.field)).size === columns.length, '{field}: a field is mapped twice')
      .refine((columns) => new Set(columns.map((c) => c.header)).size === columns.length, '{field}: a header is mapped twice')
      .transform((columns) => Object.fromEntries(columns.map((c) => [c.header, c.field]))),
    dryRun: z
      .boolean()
      .nullish()
      .transform((dryRun) => dryRun ?? false),
    duplicatePolicy: given<'SKIP' | 'UPDATE' | 'ERROR'>()
      .nullish()
      .transform((policy) => policy ?? 'SKIP'),
  });
}
